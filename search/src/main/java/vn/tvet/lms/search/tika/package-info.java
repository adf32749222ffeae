/** Text extraction with Apache Tika, for the search index: bounded in time, output and nesting. */
package vn.tvet.lms.search.tika;
