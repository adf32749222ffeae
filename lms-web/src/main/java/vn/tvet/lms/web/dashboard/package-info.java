/** The first page after login: what matters to the signed-in person in their current role and school. */
package vn.tvet.lms.web.dashboard;
