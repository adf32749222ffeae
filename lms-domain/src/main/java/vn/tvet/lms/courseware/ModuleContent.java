package vn.tvet.lms.courseware;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tvet.lms.questions.Question;
import vn.tvet.lms.questions.QuizDraw;

/**
 * A module's content as a value: what a published version freezes, what a learner studies, and what a
 * linked copy takes from upstream. Ids of library items and competencies are references into the
 * network's shared catalogues; nothing else refers to rows of the draft.
 */
public record ModuleContent(String code, String title, String summary, List<Outcome> outcomes, List<Lesson> lessons) {

    public ModuleContent {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        outcomes = List.copyOf(outcomes);
        lessons = List.copyOf(lessons);
    }

    /** A learning outcome and the competency item ids it is mapped to. */
    public record Outcome(String code, String statement, Set<Long> competencyIds) {

        public Outcome {
            competencyIds = Set.copyOf(competencyIds);
        }
    }

    /** A lesson and its activities in order. */
    public record Lesson(String title, List<Activity> activities) {

        public Lesson {
            activities = List.copyOf(activities);
        }
    }

    /**
     * One activity; see {@link ModuleActivity} for which fields each kind uses. A quiz asks its typed questions
     * first, then what its {@code draw} takes from the module's question bank.
     */
    public record Activity(ActivityKind kind, String title, Long resourceId, String body, String criteria,
            List<QuizQuestion> questions, QuizDraw draw) {

        public Activity {
            Objects.requireNonNull(kind, "kind");
            questions = questions == null ? List.of() : List.copyOf(questions);
            draw = draw == null ? QuizDraw.NONE : draw;
        }

        public Activity(ActivityKind kind, String title, Long resourceId, String body, String criteria,
                List<QuizQuestion> questions) {
            this(kind, title, resourceId, body, criteria, questions, QuizDraw.NONE);
        }

        /** Everything the quiz asks as one draw: typed questions as fixed single-choice questions, then the bank's. */
        public QuizDraw quiz() {
            List<QuizDraw.Rule> rules = new java.util.ArrayList<>();
            List<Question> pool = new java.util.ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                String key = "typed-" + i;
                pool.add(questions.get(i).asQuestion(key));
                rules.add(QuizDraw.Rule.fixed(key));
            }
            rules.addAll(draw.rules());
            pool.addAll(draw.pool());
            return new QuizDraw(rules, draw.shuffleChoices(), pool);
        }
    }

    /** Every library item the content refers to. */
    public Set<Long> resourceIds() {
        return lessons.stream().flatMap(l -> l.activities().stream()).map(Activity::resourceId).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    public int activityCount() {
        return lessons.stream().mapToInt(l -> l.activities().size()).sum();
    }
}
