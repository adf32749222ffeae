package vn.tvet.lms.classes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.institution.Institution;

/**
 * A class (lớp học): one published module of a school offered for a term, at the version it was opened with,
 * taught by one or more of the school's teachers. A teacher sees the classes they teach; the school's admins
 * see all of them. The class key, when set, lets the school's learners join by themselves.
 */
@Entity
@Table(name = "school_class")
public class SchoolClass {

    static final int MAX_TEACHERS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private Institution school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private CourseModule module;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "version_id", nullable = false)
    private ModuleVersion version;

    @Column(nullable = false, length = ClassDetails.MAX_CODE)
    private String code;

    @Column(nullable = false, length = ClassDetails.MAX_NAME)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "enrolment_key", length = 20)
    private String enrolmentKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", nullable = false, updatable = false)
    private Person createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "module_completion", nullable = false, length = 12)
    private ModuleCompletion moduleCompletion = ModuleCompletion.ALL_REQUIRED;

    @Column(name = "completion_score_percent")
    private Integer completionScorePercent;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "class_teacher", joinColumns = @JoinColumn(name = "class_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> teachers = new HashSet<>();

    /** The teachers' settings by activity IRI (the ids the learning record uses for the class's module version). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "class_activity_setting", joinColumns = @JoinColumn(name = "class_id"))
    @MapKeyColumn(name = "activity_id", length = 2000)
    private Map<String, ActivitySettings> settings = new HashMap<>();

    protected SchoolClass() {
        // for JPA
    }

    /** A class of {@code version}'s module; whoever opens it teaches it. */
    public SchoolClass(Institution school, ModuleVersion version, ClassDetails details, Person openedBy, Instant now) {
        this.school = school;
        this.module = version.getModule();
        this.version = version;
        this.createdBy = openedBy;
        this.createdAt = now;
        this.teachers.add(openedBy);
        describe(details);
    }

    public void describe(ClassDetails details) {
        this.code = details.code();
        this.name = details.name();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
    }

    public boolean isTaughtBy(long personId) {
        return teachers.stream().anyMatch(teacher -> Objects.equals(teacher.getId(), personId));
    }

    /** Adds a teacher; false if they already teach the class. */
    boolean addTeacher(Person teacher) {
        if (isTaughtBy(teacher.getId())) {
            return false;
        }
        if (teachers.size() >= MAX_TEACHERS) {
            throw new ClassRuleException(ClassRuleException.Reason.TOO_MANY, "teachers of class " + id);
        }
        return teachers.add(teacher);
    }

    /** Removes a teacher; a class always keeps at least one. */
    boolean removeTeacher(long personId) {
        if (!isTaughtBy(personId)) {
            return false;
        }
        if (teachers.size() == 1) {
            throw new ClassRuleException(ClassRuleException.Reason.LAST_TEACHER, "class " + id);
        }
        return teachers.removeIf(teacher -> Objects.equals(teacher.getId(), personId));
    }

    /** Replaces the settings of one of the class's activities; empty settings remove its row. */
    void settle(String activityId, ActivitySettings activitySettings) {
        if (activitySettings == null || activitySettings.isEmpty()) {
            settings.remove(activityId);
        } else {
            settings.put(activityId, activitySettings);
        }
    }

    /** The settings of the activity, {@link ActivitySettings#NONE} when nothing is set. */
    public ActivitySettings settingsOf(String activityId) {
        return settings.getOrDefault(activityId, ActivitySettings.NONE);
    }

    /** How learners complete the module; a total score needs its percentage (0 to 100). */
    void completeModuleBy(ModuleCompletion rule, Integer scorePercent) {
        Objects.requireNonNull(rule, "rule");
        if (rule == ModuleCompletion.TOTAL_SCORE && (scorePercent == null || scorePercent < 0 || scorePercent > 100)) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_PASS_PERCENT, "module score " + scorePercent);
        }
        this.moduleCompletion = rule;
        this.completionScorePercent = rule == ModuleCompletion.TOTAL_SCORE ? scorePercent : null;
    }

    public ModuleCompletion getModuleCompletion() {
        return moduleCompletion;
    }

    /** The mean quiz grade that completes the module under {@link ModuleCompletion#TOTAL_SCORE}, else null. */
    public Integer getCompletionScorePercent() {
        return completionScorePercent;
    }

    void setEnrolmentKey(String key) {
        this.enrolmentKey = key;
    }

    /** Learners join by key only while the class has not ended. */
    public boolean hasEnded(LocalDate today) {
        return today.isAfter(endsOn);
    }

    public Long getId() {
        return id;
    }

    public long getRevision() {
        return revision;
    }

    public Institution getSchool() {
        return school;
    }

    public CourseModule getModule() {
        return module;
    }

    public ModuleVersion getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getEnrolmentKey() {
        return enrolmentKey;
    }

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Person> getTeachers() {
        return Set.copyOf(teachers);
    }
}
