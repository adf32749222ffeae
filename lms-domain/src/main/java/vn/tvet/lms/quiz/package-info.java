/**
 * Quizzes taken in a class (bài kiểm tra): attempts drawn from the class's module version, answers saved as the
 * learner gives them, time limits kept on the server's clock, automatic marking, teachers' grading of essays and
 * overrides with their reasons, and item analysis. {@link vn.tvet.lms.quiz.QuizTaking} is the learner's side,
 * {@link vn.tvet.lms.quiz.QuizMarking} the teachers'. Outcomes go into the learning record as statements.
 */
package vn.tvet.lms.quiz;
