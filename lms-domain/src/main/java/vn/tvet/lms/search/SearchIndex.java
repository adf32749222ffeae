package vn.tvet.lms.search;

import vn.tvet.lms.account.Viewer;

/**
 * The full-text index (implemented with Lucene in the search module). Writes become visible and durable at
 * {@link #commit()}; the index is derived from the database and the object store and can be cleared and
 * refilled at any time.
 */
public interface SearchIndex {

    /** Adds the resource or replaces what the index holds for it. */
    void put(IndexedResource resource);

    void remove(DocumentKind kind, long id);

    /** Makes every write so far durable and visible to searches. */
    void commit();

    /** Empties the index (before a rebuild). */
    void clear();

    /** How many resources the index holds (committed). */
    long size();

    /** Searches within what the viewer may see: the visibility rule is part of the query. */
    SearchResults search(SearchQuery query, Viewer viewer);
}
