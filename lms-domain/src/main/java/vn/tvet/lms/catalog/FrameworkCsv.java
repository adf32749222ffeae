package vn.tvet.lms.catalog;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import vn.tvet.lms.importing.UploadedCsv;
import vn.tvet.lms.text.TextFolding;

/**
 * Competency frameworks as a spreadsheet: one item per line, {@code kind,code,parent_code,statement,skill_level}
 * (kind {@code UNIT}, {@code ELEMENT} or {@code CRITERION}, or in Vietnamese {@code đơn vị}, {@code thành phần},
 * {@code tiêu chí}); the framework's own code, title and version come from the import form. Items keep the
 * order of the file.
 */
public final class FrameworkCsv {

    private static final Set<String> HEADER_WORDS = Set.of("kind", "loai", "loại");
    private static final Map<String, CompetencyKind> KIND_WORDS = Map.of(
            "unit", CompetencyKind.UNIT, "don vi", CompetencyKind.UNIT, "don vi nang luc", CompetencyKind.UNIT,
            "element", CompetencyKind.ELEMENT, "thanh phan", CompetencyKind.ELEMENT,
            "criterion", CompetencyKind.CRITERION, "tieu chi", CompetencyKind.CRITERION, "tieu chi thuc hien", CompetencyKind.CRITERION);

    private FrameworkCsv() {
    }

    /** Reads the items; problems with single lines are collected and reported together with the tree rules. */
    public static FrameworkDraft read(Reader text, String identifier, String code, String title, String version,
            String publisher, boolean digital, boolean osh) {
        List<FrameworkProblem> problems = new ArrayList<>();
        Map<String, String> identifierByCode = new HashMap<>();
        List<String[]> parentCodes = new ArrayList<>();
        List<FrameworkDraft.Item> items = new ArrayList<>();
        int position = 0;
        for (UploadedCsv.Line line : UploadedCsv.read(text, HEADER_WORDS)) {
            long where = line.number();
            if (line.cells().size() < 4 || line.cells().size() > 5) {
                problems.add(FrameworkProblem.of("csv.columns", where));
                continue;
            }
            CompetencyKind kind = KIND_WORDS.get(fold(line.cell(0)));
            if (kind == null) {
                problems.add(FrameworkProblem.of("csv.kindUnknown", where, line.cell(0)));
            }
            Integer skillLevel = null;
            if (!line.cell(4).isEmpty()) {
                try {
                    skillLevel = Integer.valueOf(line.cell(4));
                } catch (NumberFormatException e) {
                    problems.add(FrameworkProblem.of("csv.skillLevelNotNumber", where, line.cell(4)));
                }
            }
            String itemCode = line.cell(1);
            String itemIdentifier = UUID.nameUUIDFromBytes((identifier + "/" + itemCode).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .toString();
            identifierByCode.putIfAbsent(itemCode, itemIdentifier);
            parentCodes.add(new String[] {itemCode, line.cell(2), String.valueOf(where)});
            items.add(new FrameworkDraft.Item(itemIdentifier, null, kind, itemCode,
                    Normalizer.normalize(line.cell(3), Normalizer.Form.NFC), skillLevel, position++));
        }
        List<FrameworkDraft.Item> linked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            FrameworkDraft.Item item = items.get(i);
            String parentCode = parentCodes.get(i)[1];
            String parent = null;
            if (!parentCode.isEmpty()) {
                parent = identifierByCode.get(parentCode);
                if (parent == null) {
                    problems.add(FrameworkProblem.of("csv.parentMissing", parentCodes.get(i)[2], parentCode));
                }
            }
            linked.add(new FrameworkDraft.Item(item.identifier(), parent, item.kind(), item.code(), item.statement(),
                    item.skillLevel(), item.position()));
        }
        FrameworkDraft draft = new FrameworkDraft(identifier, code, title, version, publisher, digital, osh, linked);
        problems.addAll(draft.findProblems());
        if (!problems.isEmpty()) {
            throw new FrameworkFileException(problems, null);
        }
        return draft;
    }

    /** Writes the items in tree order (each unit, its elements, their criteria), with a header line. */
    public static String write(FrameworkDraft framework) {
        StringWriter out = new StringWriter();
        Map<String, String> codeByIdentifier = new HashMap<>();
        framework.items().forEach(item -> codeByIdentifier.put(item.identifier(), item.code()));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord("kind", "code", "parent_code", "statement", "skill_level");
            writeChildren(framework, null, codeByIdentifier, printer);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return out.toString();
    }

    private static void writeChildren(FrameworkDraft framework, String parent, Map<String, String> codes, CSVPrinter printer)
            throws IOException {
        for (FrameworkDraft.Item item : framework.children(parent)) {
            printer.printRecord(item.kind().name(), item.code(), parent == null ? "" : codes.get(parent), item.statement(),
                    item.skillLevel() == null ? "" : item.skillLevel());
            writeChildren(framework, item.identifier(), codes, printer);
        }
    }

    private static String fold(String text) {
        return TextFolding.fold(text).replace('_', ' ').strip();
    }
}
