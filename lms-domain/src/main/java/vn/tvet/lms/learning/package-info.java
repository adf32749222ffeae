/**
 * The learning record (quá trình học tập): every learning event once, as an xAPI 1.0.3 statement
 * ({@link vn.tvet.lms.learning.LearningStatement}), written by {@link vn.tvet.lms.learning.LearningRecord}. Progress
 * ({@link vn.tvet.lms.learning.ClassProgress}) is derived from the record, never kept as a second truth.
 */
package vn.tvet.lms.learning;
