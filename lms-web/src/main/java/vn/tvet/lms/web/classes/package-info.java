/**
 * Pages of classes: the list and opening a class ({@link vn.tvet.lms.web.classes.ClassesPage}), one class with its
 * learners, key and teachers ({@link vn.tvet.lms.web.classes.ClassPage}), and a learner's own classes with joining
 * by key ({@link vn.tvet.lms.web.classes.MyClassesPage}). Rules and rights live in {@code vn.tvet.lms.classes}.
 */
package vn.tvet.lms.web.classes;
