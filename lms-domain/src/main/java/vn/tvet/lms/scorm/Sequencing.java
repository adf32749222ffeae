package vn.tvet.lms.scorm;

import java.util.List;

/**
 * An activity's SCORM 2004 sequencing definition (IMS SS as SCORM 2004 4th edition uses it), as far as this runtime
 * acts on it: control modes, precondition rules, rollup rules and controls, and the attempt limit. Exit and post
 * condition rules are read but not acted on (see {@link Sequencer}).
 */
public record Sequencing(boolean choice, boolean flow, boolean forwardOnly, List<Rule> preConditions,
        List<Rule> postConditions, List<RollupRule> rollupRules, boolean rollupSatisfied, boolean rollupCompletion,
        Integer attemptLimit) {

    /** The defaults IMS SS gives an activity without a definition: choice on, flow off. */
    public static final Sequencing DEFAULT = new Sequencing(true, false, false, List.of(), List.of(), List.of(), true, true,
            null);

    public Sequencing {
        preConditions = List.copyOf(preConditions);
        postConditions = List.copyOf(postConditions);
        rollupRules = List.copyOf(rollupRules);
    }

    /** One condition of a rule: its name (satisfied, completed, attempted, ...), negated or not. */
    public record Condition(String condition, boolean not, Double measureThreshold) {
    }

    /** A sequencing rule: its conditions, combined by all ({@code all}) or any, and the action it takes. */
    public record Rule(boolean all, List<Condition> conditions, String action) {
        public Rule {
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * A rollup rule: which children it looks at (all, any, none, atLeastCount, atLeastPercent), the conditions each
     * child is tested with, and the status it sets on the parent (satisfied, notSatisfied, completed, incomplete).
     */
    public record RollupRule(String childActivitySet, int minimumCount, double minimumPercent, boolean all,
            List<Condition> conditions, String action) {
        public RollupRule {
            conditions = List.copyOf(conditions);
        }
    }
}
