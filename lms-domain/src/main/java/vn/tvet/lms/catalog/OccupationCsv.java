package vn.tvet.lms.catalog;

import java.io.Reader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.tvet.lms.catalog.OccupationRow.Change;
import vn.tvet.lms.catalog.OccupationRow.RowProblem;
import vn.tvet.lms.importing.UploadedCsv;
import vn.tvet.lms.text.TextFolding;

/**
 * Reads an occupation list: an optional header, then {@code code,name,level} per line. The level is
 * written as people write it ({@code Cao đẳng}, {@code cao dang}, {@code trung cấp}, {@code sơ cấp}) or
 * as its constant name; {@code existing} looks up what the catalogue holds for a code, so each row says
 * whether it adds, changes or repeats an entry.
 */
public final class OccupationCsv {

    /** National codes are digits (seven in the current list); letters, dots and dashes allow a school's own. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Z][0-9A-Z.-]{0,19}");
    private static final Set<String> HEADER_WORDS = Set.of("code", "ma", "ma_nghe", "mã", "mã nghề", "ma nghe");
    private static final Map<String, TrainingLevel> LEVEL_WORDS = Map.of(
            "so cap", TrainingLevel.ELEMENTARY, "elementary", TrainingLevel.ELEMENTARY,
            "trung cap", TrainingLevel.INTERMEDIATE, "intermediate", TrainingLevel.INTERMEDIATE,
            "cao dang", TrainingLevel.COLLEGE, "college", TrainingLevel.COLLEGE);

    private OccupationCsv() {
    }

    public static List<OccupationRow> parse(Reader text, Function<String, Optional<Occupation>> existing) {
        Set<String> seen = new HashSet<>();
        List<OccupationRow> rows = new ArrayList<>();
        for (UploadedCsv.Line line : UploadedCsv.read(text, HEADER_WORDS)) {
            rows.add(readRow(line, seen, existing));
        }
        return rows;
    }

    private static OccupationRow readRow(UploadedCsv.Line line, Set<String> seen,
            Function<String, Optional<Occupation>> existing) {
        List<RowProblem> problems = new ArrayList<>();
        if (line.cells().size() != 3) {
            problems.add(RowProblem.WRONG_COLUMN_COUNT);
        }
        String code = line.cell(0).toUpperCase(Locale.ROOT).replace(" ", "");
        String name = Normalizer.normalize(line.cell(1), Normalizer.Form.NFC);
        Optional<TrainingLevel> level = level(line.cell(2));
        if (code.isEmpty()) {
            problems.add(RowProblem.CODE_MISSING);
        } else if (!CODE.matcher(code).matches()) {
            problems.add(RowProblem.CODE_INVALID);
        } else if (!seen.add(code)) {
            problems.add(RowProblem.CODE_DUPLICATE_IN_FILE);
        }
        if (name.isEmpty()) {
            problems.add(RowProblem.NAME_MISSING);
        } else if (name.length() > 300) {
            problems.add(RowProblem.NAME_TOO_LONG);
        }
        if (level.isEmpty()) {
            problems.add(RowProblem.LEVEL_UNKNOWN);
        }
        Change change = existing.apply(code)
                .map(known -> known.getName().equals(name) && level.equals(Optional.of(known.getLevel())) && !known.isSeed()
                        ? Change.NONE : Change.UPDATE)
                .orElse(Change.ADD);
        return new OccupationRow(line.number(), code, name, level.orElse(null), change, problems);
    }

    /** A level as people write it, with or without diacritics; empty when unrecognised. */
    static Optional<TrainingLevel> level(String written) {
        String folded = TextFolding.fold(written).replace('_', ' ').strip();
        return Optional.ofNullable(LEVEL_WORDS.get(folded));
    }
}
