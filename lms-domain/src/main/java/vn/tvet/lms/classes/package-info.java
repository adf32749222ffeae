/**
 * Classes (lớp học): a school offers one of its published modules for a term, at the version the class was
 * opened with, to the learners its teachers enrol or who join with the class key. {@link
 * vn.tvet.lms.classes.ClassTeaching} holds the use cases and their rights; {@link vn.tvet.lms.classes.SchoolClass}
 * and {@link vn.tvet.lms.classes.ClassEnrolment} the rules of one class and one learner's place in it.
 */
package vn.tvet.lms.classes;
