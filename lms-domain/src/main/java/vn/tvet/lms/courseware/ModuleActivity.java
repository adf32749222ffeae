package vn.tvet.lms.courseware;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import vn.tvet.lms.questions.QuizDraw;

/**
 * One activity of a lesson. Which fields mean something depends on the kind: a resource activity holds the
 * library item's id, a page its sanitised HTML in {@code body}, a quiz its questions, a practical task its
 * instructions in {@code body} and the criteria it is judged by.
 */
@Entity
@Table(name = "module_activity")
public class ModuleActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "resource_id")
    private Long resourceId;

    @Column(columnDefinition = "text")
    private String body;

    @Column(length = 4000)
    private String criteria;

    @ElementCollection
    @CollectionTable(name = "module_quiz_question", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderColumn(name = "position")
    private List<QuizQuestion> questions = new ArrayList<>();

    /** A quiz's draw from the bank as JSON (rules; a linked copy's also the pool it was published with). */
    @Column(name = "quiz_draw", columnDefinition = "text")
    private String quizDraw;

    protected ModuleActivity() {
        // for JPA
    }

    ModuleActivity(ActivityKind kind, String title, Long resourceId, String body, String criteria, List<QuizQuestion> questions,
            QuizDraw draw) {
        this.kind = kind;
        redraw(draw);
        this.title = title;
        this.resourceId = resourceId;
        this.body = body;
        this.criteria = criteria;
        this.questions.addAll(questions);
    }

    void rewrite(String title, String body, String criteria, List<QuizQuestion> questions) {
        this.title = title;
        this.body = body;
        this.criteria = criteria;
        this.questions.clear();
        this.questions.addAll(questions);
    }

    void redraw(QuizDraw draw) {
        this.quizDraw = draw == null || draw.isEmpty() ? null : draw.write();
    }

    public QuizDraw getDraw() {
        return QuizDraw.read(quizDraw);
    }

    public Long getId() {
        return id;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public Long getResourceId() {
        return resourceId;
    }

    public String getBody() {
        return body;
    }

    public String getCriteria() {
        return criteria;
    }

    public List<QuizQuestion> getQuestions() {
        return List.copyOf(questions);
    }
}
