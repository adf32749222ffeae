/**
 * Questions (câu hỏi) of a module's question bank: the seven kinds a quiz asks (single and multiple choice,
 * true/false, short answer, matching, numeric, essay), how a response is marked, and the files Moodle users
 * already have (GIFT and Moodle XML, read with every fault named and written back). Pure values: the bank's rows
 * and the quiz attempts that use them live with their use cases.
 */
package vn.tvet.lms.questions;
