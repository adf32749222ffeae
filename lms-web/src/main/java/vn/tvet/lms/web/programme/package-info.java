/** Programme screens for teachers and school admins: the school's programmes and their editor. */
package vn.tvet.lms.web.programme;
