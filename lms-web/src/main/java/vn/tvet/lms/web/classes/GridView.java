package vn.tvet.lms.web.classes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import vn.tvet.lms.learning.ClassLearning.ClassGrid;
import vn.tvet.lms.learning.LessonStep;

/**
 * The progress grid as the teacher chose to see it: one lesson's activities or all, the learners who are behind,
 * finished, not started or all, sorted by name or by how much they have done. Only how it is shown changes; the
 * grid itself comes from the learning record.
 */
final class GridView {

    static final String ALL = "all";
    static final String BEHIND = "behind";
    static final String FINISHED = "finished";
    static final String NOT_STARTED = "notStarted";
    static final String BY_NAME = "name";
    static final String BY_PROGRESS = "progress";

    private GridView() {
    }

    static ClassGrid of(ClassGrid full, Integer lesson, String status, String sort) {
        List<Integer> columns = IntStream.range(0, full.steps().size())
                .filter(i -> lesson == null || full.steps().get(i).lesson() == lesson).boxed().toList();
        List<LessonStep> steps = columns.stream().map(full.steps()::get).toList();
        List<ClassGrid.Row> rows = new ArrayList<>();
        for (ClassGrid.Row row : full.rows()) {
            List<Boolean> completed = columns.stream().map(row.completed()::get).toList();
            long done = completed.stream().filter(Boolean::booleanValue).count();
            boolean keep = switch (status == null ? ALL : status) {
                case BEHIND -> row.overdue() > 0;
                case FINISHED -> done == completed.size();
                case NOT_STARTED -> done == 0;
                default -> true;
            };
            if (keep) {
                rows.add(new ClassGrid.Row(row.learner(), completed, row.overdue(), row.moduleCompleted()));
            }
        }
        Comparator<ClassGrid.Row> byName = Comparator.comparing(r -> r.learner().getFullName(),
                java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));
        rows.sort(BY_PROGRESS.equals(sort) ? Comparator.comparingLong(ClassGrid.Row::done).reversed().thenComparing(byName)
                : byName);
        return new ClassGrid(steps, rows);
    }
}
