/**
 * cmi5: a course of assignable units (AUs) imported from {@code cmi5.xml} plays in a lesson step. The LMS side of the
 * specification lives here: launching an AU ({@link vn.tvet.lms.cmi5.Cmi5Launches}: session, LMS.LaunchData,
 * "launched", the one-time fetch URL), the rules the LRS applies to what an AU sends in its session
 * ({@link vn.tvet.lms.cmi5.Cmi5Rules}, enforced by {@link vn.tvet.lms.cmi5.Cmi5Sessions}), and what the LMS states
 * itself ({@link vn.tvet.lms.cmi5.Cmi5Statements}: satisfied, abandoned, waived).
 */
package vn.tvet.lms.cmi5;
