/**
 * Search in the web application: the Lucene index and Tika extractor wired to their ports, the worker
 * that drains the indexing queue, the results page, the JSON endpoint and the rebuild action.
 */
package vn.tvet.lms.web.search;
