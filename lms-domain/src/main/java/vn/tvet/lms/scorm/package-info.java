/**
 * The SCORM 1.2 and 2004 runtime's server side: what a package's manifest says about each SCO
 * ({@link vn.tvet.lms.scorm.PackageStructure}), the data model a SCO may write and the values it may hold
 * ({@link vn.tvet.lms.scorm.DataModel}), the rules the specifications leave to the LMS (initial values, the status set when a
 * SCO ends without one), attempts kept per learner, SCO and attempt ({@link vn.tvet.lms.scorm.ScormAttempt}), and the
 * launches that let a package's frame commit for one learner only ({@link vn.tvet.lms.scorm.ContentLaunch}). The
 * browser side is scorm-again, served from the content origin.
 */
package vn.tvet.lms.scorm;
