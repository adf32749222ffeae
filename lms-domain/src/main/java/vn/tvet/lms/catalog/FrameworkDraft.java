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
     * may be null (criteria usually have none).
     */
    public record Item(String identifier, String parent, CompetencyKind kind, String code, String statement,
            Integer skillLevel, int position) {
    }

    /** Everything wrong with the draft, each naming the item involved; empty when it may be imported. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (blank(identifier)) {
            problems.add("framework: identifier missing");
        }
        if (blank(code)) {
            problems.add("framework: code missing");
        }
        if (blank(title)) {
            problems.add("framework: title missing");
        }
        if (blank(version)) {
            problems.add("framework: version missing");
        }
        if (items.isEmpty()) {
            problems.add("framework: no items");
        }
        tooLong(problems, "framework: identifier", identifier, 100);
        tooLong(problems, "framework: code", code, 40);
        tooLong(problems, "framework: title", title, 300);
        tooLong(problems, "framework: version", version, 40);
        tooLong(problems, "framework: publisher", publisher, 300);
        Map<String, Item> byIdentifier = new HashMap<>();
        Set<String> codes = new HashSet<>();
        for (Item item : items) {
            String where = "item " + (blank(item.code()) ? item.identifier() : item.code());
            if (blank(item.identifier())) {
                problems.add(where + ": identifier missing");
            } else if (byIdentifier.put(item.identifier(), item) != null) {
                problems.add(where + ": identifier " + item.identifier() + " used twice");
            }
            if (blank(item.code())) {
                problems.add(where + ": code missing");
            } else if (!codes.add(item.code())) {
                problems.add(where + ": code used twice");
            }
            if (item.kind() == null) {
                problems.add(where + ": kind unknown");
            }
            if (blank(item.statement())) {
                problems.add(where + ": statement missing");
            }
            tooLong(problems, where + ": identifier", item.identifier(), 100);
            tooLong(problems, where + ": code", item.code(), 60);
            tooLong(problems, where + ": statement", item.statement(), 2000);
            if (item.skillLevel() != null && (item.skillLevel() < MIN_SKILL_LEVEL || item.skillLevel() > MAX_SKILL_LEVEL)) {
                problems.add(where + ": skill level " + item.skillLevel() + " outside " + MIN_SKILL_LEVEL + "-" + MAX_SKILL_LEVEL);
            }
        }
        for (Item item : items) {
            String where = "item " + item.code();
            if (item.parent() == null) {
                if (item.kind() != null && item.kind() != CompetencyKind.UNIT) {
                    problems.add(where + ": only units may stand at the top");
                }
                continue;
            }
            Item parent = byIdentifier.get(item.parent());
            if (parent == null) {
                problems.add(where + ": parent " + item.parent() + " is not in the framework");
            } else if (parent.kind() != null && item.kind() != null && parent.kind().childKind() != item.kind()) {
                problems.add(where + ": a " + item.kind() + " cannot be under a " + parent.kind());
            }
        }
        return problems;
    }

    /** The items under {@code parent} (null: the units), in order. */
    public List<Item> children(String parent) {
        return items.stream().filter(item -> Objects.equals(item.parent(), parent))
                .sorted(java.util.Comparator.comparingInt(Item::position).thenComparing(Item::code)).toList();
    }

    private static void tooLong(List<String> problems, String what, String text, int max) {
        if (text != null && text.length() > max) {
            problems.add(what + " longer than " + max + " characters");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
