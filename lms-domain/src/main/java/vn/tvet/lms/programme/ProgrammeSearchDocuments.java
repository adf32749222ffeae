package vn.tvet.lms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.IndexQueue;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchableKind;

/** Programmes as the search keeps them: every signed-in user's (read-only outside their school). */
@ApplicationScoped
public class ProgrammeSearchDocuments implements SearchableKind {

    private Programmes programmes;
    private IndexQueue queue;

    ProgrammeSearchDocuments() {
        // for the CDI proxy
    }

    @Inject
    public ProgrammeSearchDocuments(Programmes programmes, IndexQueue queue) {
        this.programmes = programmes;
        this.queue = queue;
    }

    void changed(@Observes ProgrammeChanged change) {
        queue.enqueue(DocumentKind.PROGRAMME, change.programmeId());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.PROGRAMME;
    }

    @Override
    public String sourceTable() {
        return "programme";
    }

    @Override
    public Optional<IndexedResource> snapshot(long id) {
        return programmes.find(id).map(ProgrammeSearchDocuments::document);
    }

    private static IndexedResource document(Programme programme) {
        String body = Stream.concat(programme.getOutcomes().stream().map(o -> o.code() + " " + o.statement()),
                programme.getCourses().stream().map(c -> c.getCode() + " " + c.getName())).collect(Collectors.joining("\n"));
        return new IndexedResource(programme.getId(), programme.getTitle(),
                programme.getOccupation().getCode() + " " + programme.getOccupation().getName(), Set.of(programme.getCode()),
                body, null, Set.of(programme.getOccupation().getCode()), programme.getLevel().name(), null,
                programme.getSchool().getId(), programme.getSchool().getName(), null, ResourceStatus.PUBLISHED,
                SharingScope.NETWORK, 0, programme.getUpdatedAt(), DocumentKind.PROGRAMME);
    }
}
