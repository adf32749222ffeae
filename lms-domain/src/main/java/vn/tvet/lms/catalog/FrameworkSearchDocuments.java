package vn.tvet.lms.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.IndexQueue;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchableKind;

/** Competency frameworks as the search keeps them: every signed-in user's, one document per version. */
@ApplicationScoped
public class FrameworkSearchDocuments implements SearchableKind {

    private CompetencyFrameworks frameworks;
    private IndexQueue queue;

    FrameworkSearchDocuments() {
        // for the CDI proxy
    }

    @Inject
    public FrameworkSearchDocuments(CompetencyFrameworks frameworks, IndexQueue queue) {
        this.frameworks = frameworks;
        this.queue = queue;
    }

    void imported(@Observes FrameworkImported change) {
        queue.enqueue(DocumentKind.FRAMEWORK, change.frameworkId());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.FRAMEWORK;
    }

    @Override
    public String sourceTable() {
        return "competency_framework";
    }

    @Override
    public Optional<IndexedResource> snapshot(long id) {
        return frameworks.find(id).map(FrameworkSearchDocuments::document);
    }

    private static IndexedResource document(CompetencyFramework framework) {
        String body = framework.getItems().stream().map(item -> item.getCode() + " " + item.getStatement())
                .collect(Collectors.joining("\n"));
        return new IndexedResource(framework.getId(), framework.getTitle() + " (" + framework.getVersion() + ")",
                framework.getPublisher(), Set.of(framework.getCode()), body, null, Set.of(), null, null, 0, "", null,
                ResourceStatus.PUBLISHED, SharingScope.NETWORK, 0, framework.getImportedAt(), DocumentKind.FRAMEWORK);
    }
}
