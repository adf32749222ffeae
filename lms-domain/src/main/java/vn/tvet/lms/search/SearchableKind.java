package vn.tvet.lms.search;

import java.util.Optional;

/**
 * One kind of document the search covers, provided by the feature that owns it (library items, modules,
 * programmes, frameworks; classes and workshops later) and collected by CDI: the indexer and the rebuild
 * know no feature by name. A new kind adds a {@link DocumentKind} constant, an implementation of this next
 * to its feature, and a call to {@link IndexQueue#enqueue} wherever its documents change.
 */
public interface SearchableKind {

    DocumentKind kind();

    /** The table whose {@code id} column lists every document of this kind, for a full rebuild. */
    String sourceTable();

    /**
     * The document as readers should find it now (for library items: without file text, which the indexer
     * adds); empty when it no longer exists. Called inside the indexer's transaction.
     */
    Optional<IndexedResource> snapshot(long id);
}
