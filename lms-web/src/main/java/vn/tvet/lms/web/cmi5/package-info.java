/**
 * cmi5 on the web: the fetch URL and the page an AU returns the learner to ({@link vn.tvet.lms.web.cmi5.Cmi5Servlet}),
 * and the course in the lesson player ({@link vn.tvet.lms.web.cmi5.Cmi5Player}). The AU's files are served by the
 * content origin ({@code ContentServlet}, {@code /content/au/TOKEN/PATH}); its statements go to the LRS.
 */
package vn.tvet.lms.web.cmi5;
