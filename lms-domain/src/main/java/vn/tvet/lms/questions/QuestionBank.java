package vn.tvet.lms.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.AikenQuiz;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.courseware.ModuleRuleException;
import vn.tvet.lms.courseware.QuizQuestion;

/**
 * A module's question bank: the people who may edit the module list, import, export, edit and remove its
 * questions; quizzes of the module draw from it. Another school's module answers as not found.
 */
@ApplicationScoped
public class QuestionBank {

    /** Most questions one module's bank holds. */
    public static final int MAX_QUESTIONS = 5000;

    private ModuleAuthoring modules;
    private BankQuestions bank;
    private Clock clock;

    QuestionBank() {
        // for the CDI proxy
    }

    @Inject
    public QuestionBank(ModuleAuthoring modules, BankQuestions bank, Clock clock) {
        this.modules = modules;
        this.bank = bank;
        this.clock = clock;
    }

    /** One page of the bank, filtered by category, type and text in the question's name. */
    @Transactional
    public BankPage page(Viewer viewer, long schoolId, long moduleId, String category, QuestionType type, String typed,
            int offset, int limit) {
        editable(viewer, schoolId, moduleId);
        String typeName = type == null ? null : type.name();
        List<Question> questions = bank.page(moduleId, category, typeName, typed, Math.max(0, offset),
                Math.max(1, Math.min(limit, 200))).stream().map(BankQuestion::question).toList();
        return new BankPage(questions, bank.count(moduleId, category, typeName, typed));
    }

    /** The bank's categories with their sizes. */
    @Transactional
    public List<Category> categories(Viewer viewer, long schoolId, long moduleId) {
        editable(viewer, schoolId, moduleId);
        return bank.categories(moduleId).stream().map(row -> new Category((String) row[0], ((Number) row[1]).intValue()))
                .toList();
    }

    /** Every question, for export. */
    @Transactional
    public List<Question> all(Viewer viewer, long schoolId, long moduleId) {
        editable(viewer, schoolId, moduleId);
        return bank.of(moduleId);
    }

    @Transactional
    public Question get(Viewer viewer, long schoolId, long moduleId, String key) {
        editable(viewer, schoolId, moduleId);
        return bank.find(moduleId, key).map(BankQuestion::question)
                .orElseThrow(() -> new QuestionNotFoundException(key));
    }

    /**
     * Adds the questions (read from a file and previewed, or typed) under new keys; all or none. Returns how many.
     */
    @Transactional
    public int add(Viewer viewer, long schoolId, long moduleId, List<Question> questions) {
        editable(viewer, schoolId, moduleId);
        if (bank.count(moduleId, null, null, null) + questions.size() > MAX_QUESTIONS) {
            throw new QuestionRuleException(QuestionRuleException.Reason.BANK_FULL, "bank over " + MAX_QUESTIONS);
        }
        for (Question question : questions) {
            Question checked = question.checked();
            bank.add(new BankQuestion(moduleId, new Question(UUID.randomUUID().toString(), checked.type(), checked.category(),
                    checked.name(), checked.prompt(), checked.feedback(), checked.answers(), checked.caseSensitive(),
                    checked.diacriticsSensitive(), checked.points(), checked.imageId()), clock.instant()));
        }
        return questions.size();
    }

    /** Saves a question's new content under its key; published quizzes keep the version they were published with. */
    @Transactional
    public void replace(Viewer viewer, long schoolId, long moduleId, String key, Question question) {
        editable(viewer, schoolId, moduleId);
        BankQuestion stored = bank.find(moduleId, key).orElseThrow(() -> new QuestionNotFoundException(key));
        stored.replace(question.checked(), clock.instant());
    }

    /** Removes a question no quiz of the draft names; published versions keep their own copy. */
    @Transactional
    public void remove(Viewer viewer, long schoolId, long moduleId, String key) {
        CourseModule module = editable(viewer, schoolId, moduleId);
        BankQuestion stored = bank.find(moduleId, key).orElseThrow(() -> new QuestionNotFoundException(key));
        boolean named = module.getLessons().stream().flatMap(l -> l.getActivities().stream())
                .anyMatch(a -> a.getDraw().rules().stream().anyMatch(r -> key.equals(r.key())));
        if (named) {
            throw new QuestionRuleException(QuestionRuleException.Reason.IN_USE, "used by a quiz: " + key);
        }
        bank.remove(stored);
    }

    /**
     * Reads a question file for a preview: Moodle XML ({@code .xml} or starting with {@code <}), Aiken (text with
     * "ANSWER:" lines and no braces), or else GIFT. Nothing is stored.
     */
    public static QuestionFile read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String text = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (name.endsWith(".xml") || text.stripLeading().startsWith("<")) {
            return MoodleXmlFormat.parse(content);
        }
        if (text.contains("\uFFFD") || text.indexOf('\0') >= 0) {
            return new QuestionFile(List.of(), List.of(QuestionFileProblem.atLine(0, QuestionFileProblem.Kind.MALFORMED,
                    "not UTF-8 text")));
        }
        if (!text.contains("{") && text.toUpperCase(Locale.ROOT).contains("ANSWER:")) {
            return aiken(text);
        }
        return GiftFormat.parse(text);
    }

    private static QuestionFile aiken(String text) {
        try {
            List<Question> questions = new ArrayList<>();
            for (QuizQuestion typed : AikenQuiz.parse(text)) {
                questions.add(typed.asQuestion(UUID.randomUUID().toString()).checked());
            }
            return new QuestionFile(questions, List.of());
        } catch (AikenQuiz.QuizFormatException e) {
            return new QuestionFile(List.of(), e.problems().stream().map(p -> QuestionFileProblem.atLine(p.line(),
                    QuestionFileProblem.Kind.BAD_ANSWER, p.toString())).toList());
        }
    }

    private CourseModule editable(Viewer viewer, long schoolId, long moduleId) {
        CourseModule module = modules.get(schoolId, moduleId);
        if (!module.mayEdit(viewer)) {
            throw new ModuleRuleException(ModuleRuleException.Reason.NOT_ALLOWED, "question bank of module " + moduleId);
        }
        return module;
    }

    /** A page of questions and how many match the filter in all. */
    public record BankPage(List<Question> questions, long total) {
    }

    /** A category and how many questions it holds. */
    public record Category(String name, int size) implements java.io.Serializable {
    }
}
