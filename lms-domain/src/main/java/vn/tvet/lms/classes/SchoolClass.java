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

    /** The programme class that opened this module class, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_class_id")
    private ProgrammeClass programmeClass;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "class_teacher", joinColumns = @JoinColumn(name = "class_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> teachers = new HashSet<>();

    /** The teachers' settings by activity IRI (the ids the learning record uses for the class's module version). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "class_activity_setting", joinColumns = @JoinColumn(name = "class_id"))
    @MapKeyColumn(name = "activity_id", length = 2000)
    private Map<String, ActivitySettings> settings = new HashMap<>();

    /**
     * Completions carried over when the class moved to a newer version: an earlier version's activity IRI mapped
     * to the same activity's IRI in the class's version now (see {@link vn.tvet.lms.courseware.ActivityMatch}).
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "class_activity_carry", joinColumns = @JoinColumn(name = "class_id"))
    @MapKeyColumn(name = "from_activity_id", length = 2000)
    @Column(name = "to_activity_id", length = 2000, nullable = false)
    private Map<String, String> carried = new HashMap<>();

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

    /**
     * Moves the class to a newer version of its module. {@code match} maps the current version's activities to
     * the same ones in the newer version: their settings follow them (a prerequisite that has no match is
     * dropped), and completions in this or any earlier version count for them. Other settings are dropped.
     */
    void moveTo(ModuleVersion newer, Map<String, String> match) {
        if (newer.getModule() != module || newer.getNumber() <= version.getNumber()) {
            throw new ClassRuleException(ClassRuleException.Reason.NOT_NEWER, "version " + newer.getNumber());
        }
        Map<String, String> carriedOn = new HashMap<>();
        carried.forEach((from, to) -> {
            if (match.containsKey(to)) {
                carriedOn.put(from, match.get(to));
            }
        });
        carriedOn.putAll(match);
        carried.clear();
        carried.putAll(carriedOn);
        Map<String, ActivitySettings> moved = new HashMap<>();
        settings.forEach((id, activitySettings) -> {
            if (match.containsKey(id)) {
                String requires = activitySettings.requiresActivityId();
                moved.put(match.get(id), activitySettings.withSchedule(activitySettings.dueOn(),
                        requires == null ? null : match.get(requires), activitySettings.passPercent()));
            }
        });
        settings.clear();
        settings.putAll(moved);
        version = newer;
    }

    /** The completed activity IRIs with the ones completed in earlier versions counted for their matches now. */
    public java.util.Set<String> withCarried(java.util.Set<String> done) {
        if (carried.isEmpty() || done.isEmpty()) {
            return done;
        }
        java.util.Set<String> all = new HashSet<>(done);
        done.forEach(id -> {
            if (carried.containsKey(id)) {
                all.add(carried.get(id));
            }
        });
        return all;
    }

    /** Values by activity IRI (quiz grades) with earlier versions' values under their matches now, unless set. */
    public <V> Map<String, V> withCarried(Map<String, V> byActivity) {
        if (carried.isEmpty() || byActivity.isEmpty()) {
            return byActivity;
        }
        Map<String, V> all = new HashMap<>(byActivity);
        byActivity.forEach((id, value) -> {
            if (carried.containsKey(id)) {
                all.putIfAbsent(carried.get(id), value);
            }
        });
        return all;
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

    void partOf(ProgrammeClass cohort) {
        this.programmeClass = cohort;
    }

    public ProgrammeClass getProgrammeClass() {
        return programmeClass;
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
