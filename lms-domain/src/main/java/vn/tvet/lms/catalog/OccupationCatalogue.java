package vn.tvet.lms.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.Reader;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * The occupations a form names, as codes: each entry (separated by commas or semicolons) is a national code,
     * several codes separated by spaces, or an occupation's name from the catalogue (at {@code level} when given).
     * Names the catalogue does not know come back in {@link OccupationChoice#unknown()}.
     */
    @Transactional
    public OccupationChoice codesFor(String typed, TrainingLevel level) {
        Set<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String entry : typed == null ? new String[0] : typed.split("[,;]+")) {
            String part = entry.strip();
            if (part.isEmpty()) {
                continue;
            }
            String upper = part.toUpperCase(Locale.ROOT);
            if (upper.matches("[0-9A-Z.\\-]+( +[0-9A-Z.\\-]+)*") && upper.chars().anyMatch(Character::isDigit)) {
                codes.addAll(List.of(upper.split(" +")));
                continue;
            }
            List<String> named = occupations.codesNamed(part, level);
            if (named.isEmpty()) {
                unknown.add(part);
            }
            codes.addAll(named);
        }
        return new OccupationChoice(List.copyOf(codes), List.copyOf(unknown));
    }

    /** Up to {@code limit} occupations whose code or name contains {@code typed} (case and diacritics aside). */
    @Transactional
    public List<Occupation> suggestions(String typed, TrainingLevel level, int limit) {
        return occupations.page(typed == null || typed.isBlank() ? null : typed.strip(), level, 0, limit, "name", true);
    }

    /** Names for the given codes; codes the catalogue does not hold are left out. */
    @Transactional
    public Map<String, String> namesByCode(Collection<String> codes) {
        return occupations.namesByCode(codes);
    }

    /** Codes found for what a form typed, and the names the catalogue does not know. */
    public record OccupationChoice(List<String> codes, List<String> unknown) {
    }

    /** How an import changed the catalogue. */
    public record ImportResult(int added, int updated) {
    }
}
