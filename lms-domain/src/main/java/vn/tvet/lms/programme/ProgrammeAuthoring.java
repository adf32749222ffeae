package vn.tvet.lms.programme;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.System.Logger.Level;
import java.time.Clock;
import vn.tvet.lms.catalog.Occupations;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.programme.ProgrammeRuleException.Reason;

/**
 * Teachers and school admins draw up their school's programmes. Every call names the school acting, and
 * a programme of another school is not found.
 */
@ApplicationScoped
public class ProgrammeAuthoring {

    private static final System.Logger LOG = System.getLogger(ProgrammeAuthoring.class.getName());

    private Programmes programmes;
    private Institutions institutions;
    private Occupations occupations;
    private Clock clock;

    ProgrammeAuthoring() {
        // for the CDI proxy
    }

    @Inject
    public ProgrammeAuthoring(Programmes programmes, Institutions institutions, Occupations occupations, Clock clock) {
        this.programmes = programmes;
        this.institutions = institutions;
        this.occupations = occupations;
        this.clock = clock;
    }

    @Transactional
    public Programme create(long schoolId, @NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 300) String title,
            @NotBlank String occupationCode, @Min(1) int minimumCredits) {
        if (programmes.codeTaken(schoolId, code.strip())) {
            throw new ProgrammeRuleException(Reason.CODE_TAKEN, code);
        }
        Programme programme = new Programme(institutions.get(schoolId), occupations.findByCode(occupationCode)
                .orElseThrow(() -> new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, occupationCode)),
                code.strip(), title.strip(), minimumCredits, clock.instant());
        programmes.add(programme);
        LOG.log(Level.INFO, "Programme {0} created in school {1}", programme.getCode(), schoolId);
        return programme;
    }

    @Transactional
    public Programme get(long schoolId, long programmeId) {
        Programme programme = programmes.getInSchool(schoolId, programmeId);
        programme.getCourses().forEach(course -> course.getOutcomeCodes().size());
        programme.getOutcomes().size();
        programme.getOccupation().getName();
        return programme;
    }

    @Transactional
    public void addOutcome(long schoolId, long programmeId, @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 2000) String statement) {
        programmes.getInSchool(schoolId, programmeId).addOutcome(code.strip(), statement.strip(), clock.instant());
    }

    @Transactional
    public void removeOutcome(long schoolId, long programmeId, @NotNull String code) {
        programmes.getInSchool(schoolId, programmeId).removeOutcome(code, clock.instant());
    }

    @Transactional
    public void addCourse(long schoolId, long programmeId, @NotNull @Valid CourseDetails course) {
        programmes.getInSchool(schoolId, programmeId).addCourse(course, clock.instant());
    }

    @Transactional
    public void removeCourse(long schoolId, long programmeId, @NotNull String code) {
        programmes.getInSchool(schoolId, programmeId).removeCourse(code, clock.instant());
    }

    @Transactional
    public void coverOutcomes(long schoolId, long programmeId, @NotNull String courseCode, @NotNull java.util.Set<String> outcomeCodes) {
        programmes.getInSchool(schoolId, programmeId).coverOutcomes(courseCode, outcomeCodes, clock.instant());
    }

    @Transactional
    public void moveCourse(long schoolId, long programmeId, @NotNull String code, int step) {
        programmes.getInSchool(schoolId, programmeId).moveCourse(code, step, clock.instant());
    }
}
