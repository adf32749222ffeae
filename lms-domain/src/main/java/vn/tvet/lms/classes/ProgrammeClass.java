package vn.tvet.lms.classes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.programme.Programme;

/**
 * A class of a whole programme (lớp theo chương trình): the school's cohort for a term. It opens a module class
 * for each published module of the programme and enrols its learners in every one of them; the learning itself
 * happens in those module classes. The school's admins and the teacher who opened it run it.
 */
@Entity
@Table(name = "programme_class")
public class ProgrammeClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long revision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false, updatable = false)
    private Institution school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "programme_id", nullable = false, updatable = false)
    private Programme programme;

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

    protected ProgrammeClass() {
        // for JPA
    }

    ProgrammeClass(Institution school, Programme programme, ClassDetails details, Person openedBy, Instant now) {
        this.school = school;
        this.programme = programme;
        this.code = details.code();
        this.name = details.name();
        this.startsOn = details.startsOn();
        this.endsOn = details.endsOn();
        this.createdBy = openedBy;
        this.createdAt = now;
    }

    /** The details its module classes start from: the same name and term, the code followed by the module's. */
    ClassDetails detailsFor(String moduleCode) {
        String suffix = "-" + moduleCode;
        String prefix = code.substring(0, Math.min(code.length(), ClassDetails.MAX_CODE - suffix.length()));
        return new ClassDetails(prefix + suffix, name + " – " + moduleCode, startsOn, endsOn);
    }

    void setEnrolmentKey(String key) {
        this.enrolmentKey = key;
    }

    /** Learners join by key only while the class has not ended. */
    public boolean hasEnded(LocalDate today) {
        return today.isAfter(endsOn);
    }

    public String getEnrolmentKey() {
        return enrolmentKey;
    }

    public Long getId() {
        return id;
    }

    public Institution getSchool() {
        return school;
    }

    public Programme getProgramme() {
        return programme;
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

    public Person getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
