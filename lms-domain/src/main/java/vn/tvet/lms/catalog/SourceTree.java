package vn.tvet.lms.catalog;

import jakarta.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The items of a CASE package as this application's tree of units, elements and criteria. Our own packages
 * say each item's kind in {@code CFItemType}; other CASE servers use their own types ("Standard", "Domain",
 * "Competency", none at all) and trees of any depth. When any item's type is not one of ours, every item is
 * placed by its depth under the document instead: the first level are units, the second elements, the third
 * and deeper criteria (deeper items hang under their element, in order). Items keep their source identifiers
 * and their source item types, which an export writes back.
 *
 * <p>An item without {@code humanCodingScheme} gets a code from its {@code listEnumeration} (prefixed with its
 * parent's code, "2.1"), or else from the start of its identifier; a code that would repeat gets a suffix.
 */
final class SourceTree {

    private static final int DEEPEST = 3;

    private final Map<String, JsonObject> byIdentifier = new LinkedHashMap<>();
    private final Map<String, String> parents;
    private final Map<String, Integer> positions;
    private final List<FrameworkProblem> problems;
    private final Map<String, Integer> depths = new HashMap<>();
    private final Map<String, String> codes = new HashMap<>();
    private final Set<String> usedCodes = new HashSet<>();
    /** Items whose code is being made, so a cycle of parents cannot recurse forever. */
    private final Set<String> coding = new HashSet<>();

    SourceTree(List<JsonObject> items, Map<String, String> parents, Map<String, Integer> positions, List<FrameworkProblem> problems) {
        int unnamed = 0;
        for (JsonObject item : items) {
            String identifier = CaseJson.string(item, "identifier");
            byIdentifier.put(identifier == null ? "\u0000missing-" + unnamed++ : identifier, item);
        }
        this.parents = parents;
        this.positions = positions;
        this.problems = problems;
    }

    List<FrameworkDraft.Item> items() {
        boolean ownTypes = byIdentifier.values().stream()
                .allMatch(item -> CaseJson.kind(CaseJson.string(item, "CFItemType")) != null);
        // Codes written by people come first, so a derived code never takes one of theirs.
        byIdentifier.values().stream().map(item -> CaseJson.string(item, "humanCodingScheme"))
                .filter(code -> code != null && !code.isBlank()).forEach(usedCodes::add);
        List<FrameworkDraft.Item> drafts = new java.util.ArrayList<>();
        int index = 0;
        for (Map.Entry<String, JsonObject> entry : byIdentifier.entrySet()) {
            String identifier = entry.getKey().startsWith("\u0000") ? null : entry.getKey();
            JsonObject item = entry.getValue();
            int position = identifier == null ? index : positions.getOrDefault(identifier, index);
            index++;
            CompetencyKind kind = ownTypes ? CaseJson.kind(CaseJson.string(item, "CFItemType"))
                    : CompetencyKind.values()[Math.min(depth(identifier), DEEPEST) - 1];
            String parent = ownTypes ? parentOf(identifier) : placedParent(identifier);
            drafts.add(new FrameworkDraft.Item(identifier, parent, kind, code(identifier),
                    CaseJson.string(item, "fullStatement"), CaseJson.skillLevel(item, problems), position,
                    ownTypes ? null : sourceType(item, kind)));
        }
        return drafts;
    }

    /** The source's own type, unless it is none or the very type we would write for the item anyway. */
    private static String sourceType(JsonObject item, CompetencyKind kind) {
        String type = CaseJson.string(item, "CFItemType");
        if (type == null || type.isBlank() || CaseJson.kind(type) == kind) {
            return null;
        }
        return type.strip();
    }

    private String parentOf(String identifier) {
        return identifier == null ? null : parents.get(identifier);
    }

    /** The parent in our tree: the source parent, or for items deeper than criteria, their element ancestor. */
    private String placedParent(String identifier) {
        String parent = parentOf(identifier);
        while (parent != null && depth(parent) >= DEEPEST) {
            parent = parentOf(parent);
        }
        return parent;
    }

    /** 1 for items directly under the document; a parent outside the package or a cycle counts as the top. */
    private int depth(String identifier) {
        if (identifier == null) {
            return 1;
        }
        Integer known = depths.get(identifier);
        if (known != null) {
            return known;
        }
        int depth = 1;
        Set<String> seen = new HashSet<>();
        for (String parent = parentOf(identifier); parent != null && byIdentifier.containsKey(parent); parent = parentOf(parent)) {
            if (!seen.add(parent)) {
                problems.add(FrameworkProblem.of("case.cycle", identifier));
                break;
            }
            depth++;
        }
        depths.put(identifier, depth);
        return depth;
    }

    private String code(String identifier) {
        if (identifier == null) {
            return null;
        }
        String known = codes.get(identifier);
        if (known != null) {
            return known;
        }
        JsonObject item = byIdentifier.get(identifier);
        coding.add(identifier);
        String code = CaseJson.string(item, "humanCodingScheme");
        if (code == null || code.isBlank()) {
            String enumeration = CaseJson.string(item, "listEnumeration");
            String parent = parentOf(identifier);
            if (enumeration != null && !enumeration.isBlank()) {
                String parentCode = parent != null && byIdentifier.containsKey(parent) && !coding.contains(parent)
                        && depth(identifier) > 1 ? code(parent) : null;
                code = parentCode == null ? enumeration : parentCode + "." + enumeration;
            } else {
                code = identifier.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
                code = code.substring(0, Math.min(8, code.length()));
            }
            String unique = code;
            for (int n = 2; usedCodes.contains(unique); n++) {
                unique = code + "-" + n;
            }
            usedCodes.add(unique);
            code = unique;
        }
        codes.put(identifier, code);
        coding.remove(identifier);
        return code;
    }
}
