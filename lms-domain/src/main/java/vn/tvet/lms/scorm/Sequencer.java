package vn.tvet.lms.scorm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of SCORM 2004 sequencing (SN book) this runtime carries out on the server, for a learner's state of a
 * package: the activity tree with each cluster's completion and satisfaction rolled up from its children (rollup
 * rules with child sets all/any/none/atLeastCount/atLeastPercent, or the default rules, honouring
 * rollupObjectiveSatisfied/rollupProgressCompletion), which leaves a learner may choose (every ancestor's
 * {@code choice} on, nothing on the path hidden from choice or disabled by a precondition rule, the attempt limit not
 * reached), and flow navigation: the first activity, and continue/previous from one (the parent's {@code flow} on,
 * {@code forwardOnly} stopping previous, precondition {@code skip} passed over, {@code disabled}, a reached attempt
 * limit or {@code stopForwardTraversal} ending the way). Not carried out: post-condition and exit rules,
 * objective maps (global objectives), measure rollup weights, time limits and availability windows (their
 * conditions count as false), choiceExit and constrainChoice.
 */
public final class Sequencer {

    /** A leaf's tracking state: its attempts and its current attempt's statuses and scaled score. */
    public record Tracking(int attempts, String completion, String success, Double scaled) {
    }

    /** An activity's status: satisfied and completed true, false, or null when unknown. */
    public record Status(Boolean satisfied, Boolean completed, boolean attempted) {
    }

    private static final List<Sequencing.RollupRule> DEFAULT_SATISFACTION = List.of(
            new Sequencing.RollupRule("all", 0, 0, true, List.of(new Sequencing.Condition("objectiveStatusKnown", false, null)),
                    "notSatisfied"),
            new Sequencing.RollupRule("all", 0, 0, true, List.of(new Sequencing.Condition("satisfied", false, null)),
                    "satisfied"));
    private static final List<Sequencing.RollupRule> DEFAULT_COMPLETION = List.of(
            new Sequencing.RollupRule("all", 0, 0, true, List.of(new Sequencing.Condition("activityProgressKnown", false, null)),
                    "incomplete"),
            new Sequencing.RollupRule("all", 0, 0, true, List.of(new Sequencing.Condition("completed", false, null)),
                    "completed"));

    private final Node root;
    private final Map<String, Node> byId = new HashMap<>();

    private static final class Node {
        final PackageStructure.Item item;
        final Sequencing sequencing;
        final Node parent;
        final List<Node> children = new ArrayList<>();
        Tracking tracking;
        Status status = new Status(null, null, false);

        Node(PackageStructure.Item item, Sequencing sequencing, Node parent) {
            this.item = item;
            this.sequencing = sequencing == null ? Sequencing.DEFAULT : sequencing;
            this.parent = parent;
        }

        boolean leaf() {
            return children.isEmpty() && item != null && item.launchable();
        }
    }

    public Sequencer(PackageStructure structure, Map<String, Tracking> tracking) {
        root = new Node(null, structure.organization(), null);
        List<Node> path = new ArrayList<>();
        for (PackageStructure.Item item : structure.items()) {
            Node parent = item.depth() == 0 || path.size() < item.depth() ? root : path.get(item.depth() - 1);
            Node node = new Node(item, item.sequencing(), parent);
            parent.children.add(node);
            while (path.size() > item.depth()) {
                path.remove(path.size() - 1);
            }
            path.add(node);
            byId.put(item.identifier(), node);
            node.tracking = tracking.get(item.identifier());
        }
        rollup(root);
    }

    /** The activity a new visit starts with: by flow from the root, else the first one the learner may choose. */
    public Optional<String> start() {
        if (root.sequencing.flow()) {
            return Optional.ofNullable(firstIn(root)).map(node -> node.item.identifier());
        }
        return leaves().stream().filter(this::choosable).findFirst();
    }

    /** The activity "continue" delivers after {@code from}, if flow allows one. */
    public Optional<String> next(String from) {
        Node node = byId.get(from);
        while (node != null && node.parent != null) {
            Node parent = node.parent;
            if (!parent.sequencing.flow()) {
                return Optional.empty();
            }
            List<Node> siblings = parent.children;
            for (int i = siblings.indexOf(node) + 1; i < siblings.size(); i++) {
                Node sibling = siblings.get(i);
                if (action(sibling, "stopForwardTraversal")) {
                    return Optional.empty();
                }
                if (action(sibling, "skip")) {
                    continue;
                }
                if (blocked(sibling)) {
                    return Optional.empty();
                }
                Node found = sibling.leaf() ? sibling : firstIn(sibling);
                if (found != null) {
                    return Optional.of(found.item.identifier());
                }
            }
            node = parent;
        }
        return Optional.empty();
    }

    /** The activity "previous" delivers before {@code from}, if flow allows one and nothing is forward only. */
    public Optional<String> previous(String from) {
        Node node = byId.get(from);
        while (node != null && node.parent != null) {
            Node parent = node.parent;
            if (!parent.sequencing.flow() || parent.sequencing.forwardOnly()) {
                return Optional.empty();
            }
            List<Node> siblings = parent.children;
            for (int i = siblings.indexOf(node) - 1; i >= 0; i--) {
                Node sibling = siblings.get(i);
                if (action(sibling, "skip")) {
                    continue;
                }
                if (blocked(sibling)) {
                    return Optional.empty();
                }
                Node found = sibling.leaf() ? sibling : lastIn(sibling);
                if (found != null) {
                    return Optional.of(found.item.identifier());
                }
            }
            node = parent;
        }
        return Optional.empty();
    }

    /** Whether the learner may choose the activity from the tree. */
    public boolean choosable(String identifier) {
        Node node = byId.get(identifier);
        if (node == null || !node.leaf() || blocked(node)) {
            return false;
        }
        for (Node at = node; at.parent != null; at = at.parent) {
            if (!at.parent.sequencing.choice() || action(at, "hiddenFromChoice") || action(at, "disabled")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the activity, or a cluster holding it, is hidden from choice (the tree shows it without a link). */
    public boolean hidden(String identifier) {
        for (Node at = byId.get(identifier); at != null && at.parent != null; at = at.parent) {
            if (action(at, "hiddenFromChoice")) {
                return true;
            }
        }
        return false;
    }

    /** An activity's status after rollup (a cluster's from its children). */
    public Status status(String identifier) {
        Node node = byId.get(identifier);
        return node == null ? new Status(null, null, false) : node.status;
    }

    /** The whole organization's status after rollup. */
    public Status overall() {
        return root.status;
    }

    private List<String> leaves() {
        List<String> leaves = new ArrayList<>();
        collect(root, leaves);
        return leaves;
    }

    private static void collect(Node node, List<String> into) {
        for (Node child : node.children) {
            if (child.leaf()) {
                into.add(child.item.identifier());
            }
            collect(child, into);
        }
    }

    private Node firstIn(Node cluster) {
        return edgeIn(cluster, false);
    }

    private Node lastIn(Node cluster) {
        return edgeIn(cluster, true);
    }

    /** The first (or last) activity flow enters a cluster at, skipping what is skipped; null when it cannot. */
    private Node edgeIn(Node cluster, boolean last) {
        if (!cluster.sequencing.flow() || last && cluster.sequencing.forwardOnly()) {
            return null;
        }
        int size = cluster.children.size();
        for (int i = 0; i < size; i++) {
            Node child = cluster.children.get(last ? size - 1 - i : i);
            if (action(child, "skip")) {
                continue;
            }
            if (blocked(child)) {
                return null;
            }
            Node found = child.leaf() ? child : edgeIn(child, last);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The Check Activity Process: disabled by a precondition rule, or its attempt limit reached. */
    private boolean blocked(Node node) {
        return action(node, "disabled") || limitReached(node);
    }

    private static boolean limitReached(Node node) {
        Integer limit = node.sequencing.attemptLimit();
        return limit != null && attempts(node) >= limit;
    }

    private static int attempts(Node node) {
        if (node.tracking != null) {
            return node.tracking.attempts();
        }
        return node.status.attempted() ? 1 : 0;
    }

    private boolean action(Node node, String action) {
        for (Sequencing.Rule rule : node.sequencing.preConditions()) {
            if (action.equals(rule.action()) && holds(rule.all(), rule.conditions(), node)) {
                return true;
            }
        }
        return false;
    }

    private static void rollup(Node node) {
        node.children.forEach(Sequencer::rollup);
        if (node.leaf() || node.children.isEmpty()) {
            Tracking t = node.tracking;
            node.status = t == null ? new Status(null, null, false) : new Status(
                    "passed".equals(t.success()) ? Boolean.TRUE : "failed".equals(t.success()) ? Boolean.FALSE : null,
                    "completed".equals(t.completion()) ? Boolean.TRUE : "incomplete".equals(t.completion()) ? Boolean.FALSE : null,
                    t.attempts() > 0);
            return;
        }
        List<Sequencing.RollupRule> rules = node.sequencing.rollupRules();
        List<Node> bySatisfaction = node.children.stream().filter(child -> child.sequencing.rollupSatisfied()).toList();
        List<Node> byCompletion = node.children.stream().filter(child -> child.sequencing.rollupCompletion()).toList();
        Boolean satisfied = rolled(rules, DEFAULT_SATISFACTION, "notSatisfied", "satisfied", bySatisfaction);
        Boolean completed = rolled(rules, DEFAULT_COMPLETION, "incomplete", "completed", byCompletion);
        node.status = new Status(satisfied, completed, node.children.stream().anyMatch(child -> child.status.attempted()));
    }

    /** The "not" rules first, then the positive ones (which win); the default rules when the cluster has none. */
    private static Boolean rolled(List<Sequencing.RollupRule> own, List<Sequencing.RollupRule> defaults, String negative,
            String positive, List<Node> children) {
        List<Sequencing.RollupRule> rules = own.stream()
                .filter(rule -> negative.equals(rule.action()) || positive.equals(rule.action())).toList();
        if (rules.isEmpty()) {
            rules = defaults;
        }
        Boolean result = null;
        for (Sequencing.RollupRule rule : rules) {
            if (negative.equals(rule.action()) && applies(rule, children)) {
                result = Boolean.FALSE;
            }
        }
        for (Sequencing.RollupRule rule : rules) {
            if (positive.equals(rule.action()) && applies(rule, children)) {
                result = Boolean.TRUE;
            }
        }
        return result;
    }

    private static boolean applies(Sequencing.RollupRule rule, List<Node> children) {
        if (children.isEmpty()) {
            return false;
        }
        long holding = children.stream().filter(child -> holds(rule.all(), rule.conditions(), child)).count();
        return switch (rule.childActivitySet()) {
            case "any" -> holding > 0;
            case "none" -> holding == 0;
            case "atLeastCount" -> holding >= rule.minimumCount();
            case "atLeastPercent" -> holding >= rule.minimumPercent() * children.size();
            default -> holding == children.size();
        };
    }

    private static boolean holds(boolean all, List<Sequencing.Condition> conditions, Node node) {
        if (conditions.isEmpty()) {
            return false;
        }
        for (Sequencing.Condition condition : conditions) {
            boolean met = test(condition, node) != condition.not();
            if (all && !met) {
                return false;
            }
            if (!all && met) {
                return true;
            }
        }
        return all;
    }

    private static boolean test(Sequencing.Condition condition, Node node) {
        Status status = node.status;
        Double measure = node.tracking == null ? null : node.tracking.scaled();
        return switch (condition.condition()) {
            case "satisfied" -> Boolean.TRUE.equals(status.satisfied());
            case "objectiveStatusKnown" -> status.satisfied() != null;
            case "objectiveMeasureKnown" -> measure != null;
            case "objectiveMeasureGreaterThan" -> measure != null && condition.measureThreshold() != null
                    && measure > condition.measureThreshold();
            case "objectiveMeasureLessThan" -> measure != null && condition.measureThreshold() != null
                    && measure < condition.measureThreshold();
            case "completed" -> Boolean.TRUE.equals(status.completed());
            case "activityProgressKnown" -> status.completed() != null;
            case "attempted" -> status.attempted();
            case "attemptLimitExceeded" -> limitReached(node);
            case "always" -> true;
            default -> false;
        };
    }
}
