/**
 * The Lucene adapter of {@link vn.tvet.lms.search.SearchIndex}: Vietnamese analysis (an exact field and a
 * diacritic-folded field for every text), one {@link org.apache.lucene.index.IndexWriter}, a
 * {@link org.apache.lucene.search.SearcherManager} reopened near-real-time, the visibility rule and the
 * facet selections as query clauses, and highlighting.
 */
package vn.tvet.lms.search.lucene;
