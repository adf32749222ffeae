/**
 * The shared library's screens and its byte endpoints: browse, item page with preview, new resource,
 * "My items", the review queue, the streaming upload endpoint and the download endpoint with HTTP Range.
 */
package vn.tvet.lms.web.library;
