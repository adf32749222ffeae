/**
 * Notifications (thông báo): what the product tells a person (enrolled in a class, an activity due soon, a quiz
 * graded, a task marked, a library review decided), shown in the app and sent by e-mail unless the person turned
 * that kind off. E-mails go through an outbox written in the same transaction as the event, so nothing is sent for
 * a change that rolled back and nothing is lost when the mail server is away.
 */
package vn.tvet.lms.notification;
