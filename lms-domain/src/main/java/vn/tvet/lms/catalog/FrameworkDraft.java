package vn.tvet.lms.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A competency framework as files carry it (CSV or 1EdTech CASE 1.1), before it is stored: the document
 * and its items with their parent links. {@link #problems()} checks the tree rules; only a draft with no
 * problems is imported.
 *
 * @param identifier globally unique (a UUID in CASE), kept across versions of the same framework
 * @param digital    a framework of digital competences (năng lực số)
 * @param osh        an occupational safety and health framework (an toàn, vệ sinh lao động)
 */
public record FrameworkDraft(String identifier, String code, String title, String version, String publisher,
        boolean digital, boolean osh, List<Item> items) {

    /** Skill levels of the national occupational skill standards (bậc trình độ kỹ năng nghề). */
    public static final int MIN_SKILL_LEVEL = 1;
    public static final int MAX_SKILL_LEVEL = 5;

    public FrameworkDraft {
        items = List.copyOf(items);
    }

    /**
     * One node of the tree. {@code parent} is the parent's identifier (null for units); {@code skillLevel}
     * may be null (criteria usually have none). {@code sourceType} is the item type another CASE server gave
     * it ("Standard", "Domain"), kept so an export says what the source said; null for our own types.
     */
    public record Item(String identifier, String parent, CompetencyKind kind, String code, String statement,
            Integer skillLevel, int position, String sourceType) {

        public Item(String identifier, String parent, CompetencyKind kind, String code, String statement,
                Integer skillLevel, int position) {
            this(identifier, parent, kind, code, statement, skillLevel, position, null);
        }
    }

    /** Everything wrong with the draft, in English (for logs and tests); empty when it may be imported. */
    public List<String> problems() {
        return findProblems().stream().map(FrameworkProblem::english).toList();
    }

    /** Everything wrong with the draft, each naming the item involved; empty when it may be imported. */
    public List<FrameworkProblem> findProblems() {
        List<FrameworkProblem> problems = new ArrayList<>();
        if (blank(identifier)) {
            problems.add(FrameworkProblem.of("framework.identifierMissing"));
        }
        if (blank(code)) {
            problems.add(FrameworkProblem.of("framework.codeMissing"));
        }
        if (blank(title)) {
            problems.add(FrameworkProblem.of("framework.titleMissing"));
        }
        if (blank(version)) {
            problems.add(FrameworkProblem.of("framework.versionMissing"));
        }
        if (items.isEmpty()) {
            problems.add(FrameworkProblem.of("framework.noItems"));
        }
        tooLong(problems, "framework.identifierTooLong", null, identifier, 100);
        tooLong(problems, "framework.codeTooLong", null, code, 40);
        tooLong(problems, "framework.titleTooLong", null, title, 300);
        tooLong(problems, "framework.versionTooLong", null, version, 40);
        tooLong(problems, "framework.publisherTooLong", null, publisher, 300);
        Map<String, Item> byIdentifier = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            String where = blank(item.code()) ? item.identifier() : item.code();
            if (blank(item.identifier())) {
                problems.add(FrameworkProblem.of("item.identifierMissing", where));
            } else if (byIdentifier.put(item.identifier(), item) != null) {
                problems.add(FrameworkProblem.of("item.identifierTwice", where, item.identifier()));
            }
            if (blank(item.code())) {
                problems.add(FrameworkProblem.of("item.codeMissing", where));
            } else if (!codes.add(item.code())) {
                problems.add(FrameworkProblem.of("item.codeTwice", where));
            }
            if (item.kind() == null) {
                problems.add(FrameworkProblem.of("item.kindUnknown", where));
            }
            if (blank(item.statement())) {
                problems.add(FrameworkProblem.of("item.statementMissing", where));
            }
            tooLong(problems, "item.identifierTooLong", where, item.identifier(), 100);
            tooLong(problems, "item.codeTooLong", where, item.code(), 60);
            tooLong(problems, "item.statementTooLong", where, item.statement(), 2000);
            tooLong(problems, "item.sourceTypeTooLong", where, item.sourceType(), 100);
            if (item.skillLevel() != null && (item.skillLevel() < MIN_SKILL_LEVEL || item.skillLevel() > MAX_SKILL_LEVEL)) {
                problems.add(FrameworkProblem.of("item.skillLevelRange", where, item.skillLevel(), MIN_SKILL_LEVEL,
                        MAX_SKILL_LEVEL));
            }
        }
        for (Item item : items) {
            String where = item.code();
            if (item.parent() == null) {
                if (item.kind() != null && item.kind() != CompetencyKind.UNIT) {
                    problems.add(FrameworkProblem.of("item.notAtTop", where));
                }
                continue;
            }
            Item parent = byIdentifier.get(item.parent());
            if (parent == null) {
                problems.add(FrameworkProblem.of("item.parentMissing", where, item.parent()));
            } else if (parent.kind() != null && item.kind() != null && parent.kind().childKind() != item.kind()) {
                problems.add(FrameworkProblem.of("item.wrongParent", where, item.kind(), parent.kind()));
            }
        }
        return problems;
    }

    /** The items under {@code parent} (null: the units), in order. */
    public List<Item> children(String parent) {
        return items.stream().filter(item -> Objects.equals(item.parent(), parent))
                .sorted(java.util.Comparator.comparingInt(Item::position).thenComparing(Item::code)).toList();
    }

    private static void tooLong(List<FrameworkProblem> problems, String key, String where, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(where == null ? FrameworkProblem.of(key, max) : FrameworkProblem.of(key, where, max));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
