/**
 * The Lucene index over the platform's content, with Vietnamese-aware analysis. Filled in by the search
 * issue; the module exists from the start so that the dependency rules hold from the first commit.
 */
package vn.tvet.lms.search;
