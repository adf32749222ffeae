package vn.tvet.lms.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A question as a module's bank keeps it: the JSON of the question, with copies of what lists filter on. */
@Entity
@Table(name = "bank_question")
public class BankQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "module_id", nullable = false)
    private long moduleId;

    @Column(name = "question_key", nullable = false, length = 36, unique = true)
    private String key;

    @Column(nullable = false, length = 200)
    private String category;

    @Column(nullable = false, length = 20)
    private String type;

    @Column(nullable = false, length = 300)
    private String label;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected BankQuestion() {
        // for JPA
    }

    BankQuestion(long moduleId, Question question, Instant now) {
        this.moduleId = moduleId;
        this.key = question.key();
        this.createdAt = now;
        replace(question, now);
    }

    /** Takes a checked question's new content; the key stays. */
    void replace(Question question, Instant now) {
        this.category = question.category();
        this.type = question.type().name();
        String shown = question.label();
        this.label = shown.length() > 300 ? shown.substring(0, 299) + "…" : shown;
        this.body = QuestionJson.write(new Question(key, question.type(), question.category(), question.name(),
                question.prompt(), question.feedback(), question.answers(), question.caseSensitive(),
                question.diacriticsSensitive(), question.points(), question.imageId()));
        this.updatedAt = now;
    }

    public Question question() {
        return QuestionJson.read(body);
    }

    public Long getId() {
        return id;
    }

    public long getModuleId() {
        return moduleId;
    }

    public String getKey() {
        return key;
    }

    public String getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
