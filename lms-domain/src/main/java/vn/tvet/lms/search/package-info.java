/**
 * Finding material: the ports the Lucene adapter implements ({@link vn.tvet.lms.search.SearchIndex},
 * {@link vn.tvet.lms.search.TextExtractor}), the port each feature implements for its own documents
 * ({@link vn.tvet.lms.search.SearchableKind}, collected by CDI), the durable indexing queue written in the
 * same transaction as each change, and the indexer that drains it. Modules, programmes and frameworks
 * provide their documents from their own packages; only the library is named here, because the indexer
 * reads its files' text and every document uses its visibility fields. The index is derived data: it can always be rebuilt from the database and the object store.
 */
package vn.tvet.lms.search;
