/**
 * Module authoring (mô đun): a school's module with learning outcomes mapped to framework competencies,
 * lessons in order and their activities (library resources by reference, rich-text pages, quizzes,
 * practical tasks). Teachers edit a draft that saves as they type; publishing freezes the draft into a
 * numbered {@link vn.tvet.lms.courseware.ModuleVersion} and learners stay on the version they started
 * until a teacher moves them. Modules can be shared to the network after review, and another school
 * can adopt one as a linked copy that takes upstream versions when asked.
 */
package vn.tvet.lms.courseware;
