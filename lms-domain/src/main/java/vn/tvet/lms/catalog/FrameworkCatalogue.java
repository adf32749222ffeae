package vn.tvet.lms.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;

/** Network admins import competency frameworks (CSV or CASE) as new versions, and export them again. */
@ApplicationScoped
public class FrameworkCatalogue {

    private static final System.Logger LOG = System.getLogger(FrameworkCatalogue.class.getName());

    private CompetencyFrameworks frameworks;
    private Clock clock;
    private jakarta.enterprise.event.Event<FrameworkImported> imported;

    private vn.tvet.lms.account.Rights rights;

    FrameworkCatalogue() {
        // for the CDI proxy
    }

    @Inject
    public FrameworkCatalogue(CompetencyFrameworks frameworks, Clock clock,
            jakarta.enterprise.event.Event<FrameworkImported> imported, vn.tvet.lms.account.Rights rights) {
        this.rights = rights;
        this.imported = imported;
        this.frameworks = frameworks;
        this.clock = clock;
    }

    /**
     * Stores the draft as a new version.
     *
     * @throws FrameworkFileException when it breaks the tree rules or this version was imported before
     */
    @Transactional
    public CompetencyFramework importVersion(@NotNull vn.tvet.lms.account.Viewer actor, @NotNull FrameworkDraft draft) {
        rights.requireNetworkRole(actor, vn.tvet.lms.account.Role.NETWORK_ADMIN, "import competency frameworks");
        if (frameworks.exists(draft.identifier(), draft.version())) {
            throw new FrameworkFileException(List.of(FrameworkProblem.of("framework.versionExists", draft.version(),
                    draft.code())), null);
        }
        CompetencyFramework framework = CompetencyFramework.of(draft, clock.instant());
        frameworks.add(framework);
        imported.fire(new FrameworkImported(framework.getId()));
        LOG.log(Level.INFO, "Competency framework {0} version {1} imported: {2} items", draft.code(), draft.version(),
                draft.items().size());
        return framework;
    }

    /** The identifier a CSV import with this framework code should use: the existing one, or a new one. */
    @Transactional
    public String identifierFor(@NotNull String code) {
        return frameworks.identifierOfCode(code).orElseGet(() -> java.util.UUID.randomUUID().toString());
    }

    /** The newest version of a framework as a draft, for the CASE endpoint; empty when unknown. */
    @Transactional
    public java.util.Optional<FrameworkDraft> exportLatest(@NotNull String identifier) {
        return frameworks.latest(identifier).map(CompetencyFramework::toDraft);
    }

    /** The newest framework holding the item, for the CASE {@code CFItems} endpoint. */
    @Transactional
    public java.util.Optional<FrameworkDraft> exportHoldingItem(@NotNull String itemIdentifier) {
        return frameworks.frameworkOfItem(itemIdentifier).flatMap(this::exportLatest);
    }

    /**
     * The newest framework whose package holds the association, for the CASE {@code CFAssociations} endpoint. The
     * association identifiers are derived from the child item's, so the item is found by deriving them again.
     */
    @Transactional
    public java.util.Optional<FrameworkDraft> exportHoldingAssociation(@NotNull String associationIdentifier) {
        return frameworks.itemIdentifiers().stream()
                .filter(row -> CaseJson.associationIdentifier((String) row[0]).equals(associationIdentifier))
                .map(row -> (String) row[1]).findFirst().flatMap(this::exportLatest);
    }

    /** A stored version with its items in tree order (each unit, its elements, their criteria), for display. */
    @Transactional
    public FrameworkTree tree(long frameworkId) {
        CompetencyFramework framework = frameworks.get(frameworkId);
        return new FrameworkTree(framework, framework.itemsInTreeOrder());
    }

    /** A framework version and its items in the order they are read. */
    public record FrameworkTree(CompetencyFramework framework, List<CompetencyItem> items) {
    }

    /** A stored version as a draft, for CSV or CASE export. */
    @Transactional
    public FrameworkDraft export(long frameworkId) {
        return frameworks.get(frameworkId).toDraft();
    }
}
