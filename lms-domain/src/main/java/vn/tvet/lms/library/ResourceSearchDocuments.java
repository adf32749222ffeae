package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.IndexQueue;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchableKind;

/**
 * Library items as the search keeps them: their metadata here; the text of their published file is added by
 * the indexer, which extracts it outside any transaction.
 */
@ApplicationScoped
public class ResourceSearchDocuments implements SearchableKind {

    private LearningResources resources;
    private IndexQueue queue;

    ResourceSearchDocuments() {
        // for the CDI proxy
    }

    @Inject
    public ResourceSearchDocuments(LearningResources resources, IndexQueue queue) {
        this.resources = resources;
        this.queue = queue;
    }

    /**
     * Marks the resource for indexing, in the transaction of the change (a synchronous observer runs in its
     * caller's transaction); the indexer is woken once that transaction has committed.
     */
    void changed(@Observes ResourceChanged change) {
        queue.enqueue(DocumentKind.RESOURCE, change.resourceId());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.RESOURCE;
    }

    @Override
    public String sourceTable() {
        return "learning_resource";
    }

    @Override
    public Optional<IndexedResource> snapshot(long id) {
        return resources.find(id).map(resource -> IndexedResource.of(resource, ""));
    }
}
