package vn.tvet.lms.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Network admins keep the occupation catalogue: preview a CSV with every row's problems, then import it. */
@ApplicationScoped
public class OccupationCatalogue {

    private static final System.Logger LOG = System.getLogger(OccupationCatalogue.class.getName());

    private Occupations occupations;
    private Clock clock;
    private vn.tvet.lms.account.Rights rights;

    OccupationCatalogue() {
        // for the CDI proxy
    }

    @Inject
    public OccupationCatalogue(Occupations occupations, Clock clock, vn.tvet.lms.account.Rights rights) {
        this.rights = rights;
        this.occupations = occupations;
        this.clock = clock;
    }

    /** What importing the file would do, row by row; nothing is written. */
    @Transactional
    public List<OccupationRow> preview(@NotNull Reader csv) {
        return OccupationCsv.parse(csv, occupations::findByCode);
    }

    /**
     * Adds and updates the importable rows in one transaction; rows with problems or no change are skipped.
     * Returns how many entries were added and how many changed.
     */
    @Transactional
    public ImportResult importRows(@NotNull vn.tvet.lms.account.Viewer actor, @NotNull List<OccupationRow> rows) {
        rights.requireNetworkRole(actor, vn.tvet.lms.account.Role.NETWORK_ADMIN, "import the occupation catalogue");
        Instant now = clock.instant();
        int added = 0;
        int updated = 0;
        for (OccupationRow row : rows.stream().filter(OccupationRow::importable).toList()) {
            Optional<Occupation> known = occupations.findByCode(row.code());
            if (known.isPresent()) {
                known.get().replaceWith(row.name(), row.level(), now);
                updated++;
            } else {
                occupations.add(new Occupation(row.code(), row.name(), row.level(), now));
                added++;
            }
        }
        LOG.log(Level.INFO, "Occupation catalogue imported: {0} added, {1} updated", added, updated);
        return new ImportResult(added, updated);
    }

    /** How an import changed the catalogue. */
    public record ImportResult(int added, int updated) {
    }
}
