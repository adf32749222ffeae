package vn.tvet.lms.scorm;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an {@code imsss:sequencing} element into a {@link Sequencing}. A definition that names a shared one of the
 * manifest's {@code sequencingCollection} ({@code IDRef}) starts from it; the item's own elements take precedence.
 */
final class SequencingReader {

    private SequencingReader() {
    }

    /** The definition of an item or organization (DEFAULT when it has none). */
    static Sequencing read(Element sequencing, Element root) {
        if (sequencing == null) {
            return Sequencing.DEFAULT;
        }
        Element shared = shared(root, sequencing.getAttribute("IDRef"));
        Element controls = either(sequencing, shared, "controlMode");
        Element rollupRules = either(sequencing, shared, "rollupRules");
        Element rules = either(sequencing, shared, "sequencingRules");
        Element limits = either(sequencing, shared, "limitConditions");
        String attemptLimit = limits == null ? "" : limits.getAttribute("attemptLimit").strip();
        return new Sequencing(flag(controls, "choice", true), flag(controls, "flow", false),
                flag(controls, "forwardOnly", false), rules(rules, "preConditionRule", "ruleAction"),
                rules(rules, "postConditionRule", "ruleAction"), rollupRules(rollupRules),
                flag(rollupRules, "rollupObjectiveSatisfied", true), flag(rollupRules, "rollupProgressCompletion", true),
                attemptLimit.matches("\\d{1,6}") && Integer.parseInt(attemptLimit) > 0 ? Integer.valueOf(attemptLimit) : null);
    }

    private static List<Sequencing.Rule> rules(Element rules, String kind, String actionName) {
        List<Sequencing.Rule> read = new ArrayList<>();
        for (Element rule : children(rules, kind)) {
            Element conditions = child(rule, "ruleConditions");
            Element action = child(rule, actionName);
            if (conditions == null || action == null) {
                continue;
            }
            read.add(new Sequencing.Rule(!"any".equals(conditions.getAttribute("conditionCombination")),
                    conditions(conditions, "ruleCondition"), action.getAttribute("action")));
        }
        return read;
    }

    private static List<Sequencing.RollupRule> rollupRules(Element rollupRules) {
        List<Sequencing.RollupRule> read = new ArrayList<>();
        for (Element rule : children(rollupRules, "rollupRule")) {
            Element conditions = child(rule, "rollupConditions");
            Element action = child(rule, "rollupAction");
            if (conditions == null || action == null) {
                continue;
            }
            String set = rule.getAttribute("childActivitySet");
            read.add(new Sequencing.RollupRule(set.isEmpty() ? "all" : set, integer(rule.getAttribute("minimumCount")),
                    decimal(rule.getAttribute("minimumPercent")), "all".equals(conditions.getAttribute("conditionCombination")),
                    conditions(conditions, "rollupCondition"), action.getAttribute("action")));
        }
        return read;
    }

    private static List<Sequencing.Condition> conditions(Element conditions, String kind) {
        List<Sequencing.Condition> read = new ArrayList<>();
        for (Element condition : children(conditions, kind)) {
            String threshold = condition.getAttribute("measureThreshold");
            read.add(new Sequencing.Condition(condition.getAttribute("condition"),
                    "not".equals(condition.getAttribute("operator")), threshold.isEmpty() ? null : decimal(threshold)));
        }
        return read;
    }

    private static Element shared(Element root, String id) {
        if (id == null || id.isEmpty() || root == null) {
            return null;
        }
        var all = root.getElementsByTagNameNS("*", "sequencingCollection");
        for (int c = 0; c < all.getLength(); c++) {
            for (Element candidate : children((Element) all.item(c), "sequencing")) {
                if (id.equals(candidate.getAttribute("ID"))) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Element either(Element own, Element shared, String name) {
        Element found = child(own, name);
        return found != null ? found : child(shared, name);
    }

    private static boolean flag(Element element, String name, boolean fallback) {
        String value = element == null ? "" : element.getAttribute(name).strip();
        return value.isEmpty() ? fallback : "true".equals(value);
    }

    private static int integer(String text) {
        return text.strip().matches("\\d{1,6}") ? Integer.parseInt(text.strip()) : 0;
    }

    private static double decimal(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }
}
