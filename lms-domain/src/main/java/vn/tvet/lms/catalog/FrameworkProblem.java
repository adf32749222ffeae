package vn.tvet.lms.catalog;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One thing wrong with a framework file, as a message key and its arguments, so the page shows it in the
 * reader's language ({@code framework.problem.<key>} in the UI bundles). {@link #english()} is the same in
 * English, for logs and tests. An argument that is a {@link CompetencyKind} is shown by its label.
 */
public record FrameworkProblem(String key, List<Object> arguments) {

    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("json.invalid", "not valid JSON: {0}"),
            Map.entry("json.notCase", "not a CASE package: {0}"),
            Map.entry("json.noObject", "{0} missing or not an object"),
            Map.entry("json.noArray", "{0} missing or not an array"),
            Map.entry("json.entryNotObject", "{0}: an entry is not an object"),
            Map.entry("case.associationEnds", "association {0}: origin or destination missing"),
            Map.entry("case.associationItemUnknown", "association: item {0} is not in the framework"),
            Map.entry("case.cycle", "item {0}: its parents form a cycle"),
            Map.entry("csv.columns", "line {0}: 4 or 5 columns are needed (kind, code, parent code, statement, skill level)"),
            Map.entry("csv.kindUnknown", "line {0}: kind {1} unknown"),
            Map.entry("csv.skillLevelNotNumber", "line {0}: skill level {1} is not a number"),
            Map.entry("csv.parentMissing", "line {0}: parent {1} is not in the file"),
            Map.entry("framework.identifierMissing", "framework: identifier missing"),
            Map.entry("framework.codeMissing", "framework: code missing"),
            Map.entry("framework.titleMissing", "framework: title missing"),
            Map.entry("framework.versionMissing", "framework: version missing"),
            Map.entry("framework.noItems", "framework: no items"),
            Map.entry("framework.identifierTooLong", "framework: identifier longer than {0} characters"),
            Map.entry("framework.codeTooLong", "framework: code longer than {0} characters"),
            Map.entry("framework.titleTooLong", "framework: title longer than {0} characters"),
            Map.entry("framework.versionTooLong", "framework: version longer than {0} characters"),
            Map.entry("framework.publisherTooLong", "framework: publisher longer than {0} characters"),
            Map.entry("framework.versionExists", "version {0} of {1} was imported before; give the new edition a new version"),
            Map.entry("item.identifierMissing", "item {0}: identifier missing"),
            Map.entry("item.identifierTwice", "item {0}: identifier {1} used twice"),
            Map.entry("item.codeMissing", "item {0}: code missing"),
            Map.entry("item.codeTwice", "item {0}: code used twice"),
            Map.entry("item.kindUnknown", "item {0}: kind unknown"),
            Map.entry("item.statementMissing", "item {0}: statement missing"),
            Map.entry("item.identifierTooLong", "item {0}: identifier longer than {1} characters"),
            Map.entry("item.codeTooLong", "item {0}: code longer than {1} characters"),
            Map.entry("item.statementTooLong", "item {0}: statement longer than {1} characters"),
            Map.entry("item.sourceTypeTooLong", "item {0}: CFItemType longer than {1} characters"),
            Map.entry("item.skillLevelRange", "item {0}: skill level {1} outside {2}-{3}"),
            Map.entry("item.skillLevelNotNumber", "item {0}: skill level {1} is not a number"),
            Map.entry("item.notAtTop", "item {0}: only units may stand at the top"),
            Map.entry("item.parentMissing", "item {0}: parent {1} is not in the framework"),
            Map.entry("item.wrongParent", "item {0}: a {1} cannot be under a {2}"));

    public FrameworkProblem {
        if (!ENGLISH.containsKey(key)) {
            throw new IllegalArgumentException("Unknown framework problem " + key);
        }
        arguments = List.copyOf(arguments.stream().map(argument -> argument == null ? "" : argument).toList());
    }

    static FrameworkProblem of(String key, Object... arguments) {
        return new FrameworkProblem(key, List.of(arguments.length == 0 ? new Object[0] : replaceNulls(arguments)));
    }

    private static Object[] replaceNulls(Object[] arguments) {
        Object[] copy = arguments.clone();
        for (int i = 0; i < copy.length; i++) {
            copy[i] = copy[i] == null ? "" : copy[i];
        }
        return copy;
    }

    public String english() {
        return new MessageFormat(ENGLISH.get(key).replace("'", "''"), Locale.ROOT).format(arguments.stream()
                .map(argument -> argument instanceof Number ? argument.toString() : argument).toArray());
    }

    @Override
    public String toString() {
        return english();
    }
}
