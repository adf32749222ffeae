/**
 * Finding material: the ports the Lucene adapter implements ({@link vn.tvet.lms.search.SearchIndex},
 * {@link vn.tvet.lms.search.TextExtractor}), the durable indexing queue written in the same transaction as
 * each change, and the indexer that drains it. The index is derived data: it can always be rebuilt from
 * the database and the object store.
 */
package vn.tvet.lms.search;
