package vn.tvet.lms.classes;

import java.util.List;

/** How a learner's graded attempts at a quiz make their grade for it. */
public enum GradingMethod {
    HIGHEST, LAST, AVERAGE, FIRST;

    /** The grade (a share from 0 to 1) from the attempts' shares in the order they were made; null without any. */
    public Double of(List<Double> shares) {
        if (shares.isEmpty()) {
            return null;
        }
        return switch (this) {
            case HIGHEST -> shares.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            case LAST -> shares.get(shares.size() - 1);
            case AVERAGE -> shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            case FIRST -> shares.get(0);
        };
    }
}
