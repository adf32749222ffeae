package vn.tvet.lms.quiz;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Classical item analysis of a quiz's graded attempts: per question, how many answered it, its facility (the mean
 * share of its mark earned: 0.9 is easy, 0.2 hard) and its discrimination (the correlation between the question's
 * mark and the rest of the attempt's: near 0 or negative means it does not tell stronger learners from weaker ones).
 */
public final class ItemAnalysis {

    private ItemAnalysis() {
    }

    /** One question's figures; discrimination is null when it cannot be computed (under 2 answers, or no spread). */
    public record Item(String key, String label, int answers, double facility, Double discrimination) implements Serializable {
    }

    /** A graded attempt: each question's share earned and its points, by question key. */
    public record Scored(Map<String, Double> shares, Map<String, Double> points) {
    }

    public static List<Item> of(List<Scored> attempts, Map<String, String> labels) {
        Map<String, List<double[]>> pairs = new LinkedHashMap<>();
        for (Scored attempt : attempts) {
            double total = attempt.shares().entrySet().stream()
                    .mapToDouble(e -> e.getValue() * attempt.points().get(e.getKey())).sum();
            double max = attempt.points().values().stream().mapToDouble(Double::doubleValue).sum();
            for (Map.Entry<String, Double> item : attempt.shares().entrySet()) {
                double own = item.getValue() * attempt.points().get(item.getKey());
                double restMax = max - attempt.points().get(item.getKey());
                double rest = restMax <= 0 ? 0 : (total - own) / restMax;
                pairs.computeIfAbsent(item.getKey(), k -> new ArrayList<>()).add(new double[] {item.getValue(), rest});
            }
        }
        List<Item> items = new ArrayList<>();
        for (Map.Entry<String, List<double[]>> entry : pairs.entrySet()) {
            List<double[]> values = entry.getValue();
            double facility = values.stream().mapToDouble(v -> v[0]).average().orElse(0);
            items.add(new Item(entry.getKey(), labels.getOrDefault(entry.getKey(), entry.getKey()), values.size(), facility,
                    correlation(values)));
        }
        return items;
    }

    /** Pearson's correlation of the pairs, or null without spread in either. */
    static Double correlation(List<double[]> values) {
        int n = values.size();
        if (n < 2) {
            return null;
        }
        double meanX = values.stream().mapToDouble(v -> v[0]).average().orElse(0);
        double meanY = values.stream().mapToDouble(v -> v[1]).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (double[] v : values) {
            covariance += (v[0] - meanX) * (v[1] - meanY);
            varianceX += (v[0] - meanX) * (v[0] - meanX);
            varianceY += (v[1] - meanY) * (v[1] - meanY);
        }
        if (varianceX < 1e-12 || varianceY < 1e-12) {
            return null;
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }
}
