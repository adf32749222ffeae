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
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.catalog.Occupations;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.programme.ProgrammeRuleException.Reason;

/**
 * Teachers and school admins draw up their school's programmes. Every change names who acts and for which
 * school, and is refused (403) unless that person teaches or administers there; a programme of another
 * school is not found.
 */
@ApplicationScoped
public class ProgrammeAuthoring {

    private static final System.Logger LOG = System.getLogger(ProgrammeAuthoring.class.getName());

    private Programmes programmes;
    private Institutions institutions;
    private Occupations occupations;
    private Clock clock;
    private vn.tvet.lms.catalog.CompetencyFrameworks frameworks;
    private vn.tvet.lms.catalog.FrameworkCatalogue frameworkCatalogue;
    private jakarta.enterprise.event.Event<ProgrammeChanged> changes;
    private vn.tvet.lms.account.Rights rights;

    ProgrammeAuthoring() {
        // for the CDI proxy
    }

    @Inject
    public ProgrammeAuthoring(Programmes programmes, Institutions institutions, Occupations occupations, Clock clock,
            vn.tvet.lms.catalog.CompetencyFrameworks frameworks, vn.tvet.lms.catalog.FrameworkCatalogue frameworkCatalogue,
            jakarta.enterprise.event.Event<ProgrammeChanged> changes, vn.tvet.lms.account.Rights rights) {
        this.rights = rights;
        this.changes = changes;
        this.frameworks = frameworks;
        this.frameworkCatalogue = frameworkCatalogue;
        this.programmes = programmes;
        this.institutions = institutions;
        this.occupations = occupations;
        this.clock = clock;
    }

    @Transactional
    public Programme create(@NotNull Viewer actor, long schoolId, @NotBlank @Size(max = 40) String code,
            @NotBlank @Size(max = 300) String title, @NotBlank String occupationCode, @Min(1) int minimumCredits) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        if (programmes.codeTaken(schoolId, code.strip())) {
            throw new ProgrammeRuleException(Reason.CODE_TAKEN, code);
        }
        Programme programme = new Programme(institutions.get(schoolId), occupations.findByCode(occupationCode)
                .orElseThrow(() -> new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, occupationCode)),
                code.strip(), title.strip(), minimumCredits, clock.instant());
        programmes.add(programme);
        changes.fire(new ProgrammeChanged(programme.getId()));
        LOG.log(Level.INFO, "Programme {0} created in school {1}", programme.getCode(), schoolId);
        return programme;
    }

    @Transactional
    public Programme get(long schoolId, long programmeId) {
        return programmes.findWhole(schoolId, programmeId)
                .orElseThrow(() -> new ProgrammeNotFoundException(programmeId));
    }

    /**
     * Any school's programme, read-only, for a signed-in person. The rule everywhere: a programme is known across
     * the network (credit transfer between schools needs it, and search lists it), but only its own school's
     * teachers and admins change it. Anonymous callers get not-found.
     */
    @Transactional
    public Programme read(@NotNull Viewer viewer, long programmeId) {
        if (!viewer.signedIn()) {
            throw new ProgrammeNotFoundException(programmeId);
        }
        return programmes.findWhole(null, programmeId).orElseThrow(() -> new ProgrammeNotFoundException(programmeId));
    }

    @Transactional
    public void describe(@NotNull Viewer actor, long schoolId, long programmeId,
            @NotBlank @Size(max = 300) String title,
            @Min(1) @jakarta.validation.constraints.Max(400) int minimumCredits) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).describe(title.strip(), minimumCredits, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    @Transactional
    public void addOutcome(@NotNull Viewer actor, long schoolId, long programmeId,
            @NotBlank @Size(max = 30) String code,
            @NotBlank @Size(max = 2000) String statement) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).addOutcome(code.strip(), statement.strip(), clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    @Transactional
    public void removeOutcome(@NotNull Viewer actor, long schoolId, long programmeId, @NotNull String code) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).removeOutcome(code, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    @Transactional
    public void addCourse(@NotNull Viewer actor, long schoolId, long programmeId,
            @NotNull @Valid CourseDetails course) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).addCourse(course, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    @Transactional
    public void removeCourse(@NotNull Viewer actor, long schoolId, long programmeId, @NotNull String code) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).removeCourse(code, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    @Transactional
    public void coverOutcomes(@NotNull Viewer actor, long schoolId, long programmeId, @NotNull String courseCode,
            @NotNull java.util.Set<String> outcomeCodes) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).coverOutcomes(courseCode, outcomeCodes, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    /** Maps a module or subject to competencies of one framework version, replacing its earlier mapping to it. */
    @Transactional
    public void mapCompetencies(@NotNull Viewer actor, long schoolId, long programmeId, @NotNull String courseCode,
            long frameworkId,
            @NotNull java.util.Set<Long> itemIds) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        Programme programme = programmes.getInSchool(schoolId, programmeId);
        ProgrammeCourse course = programme.getCourses().stream().filter(c -> c.getCode().equals(courseCode)).findFirst()
                .orElseThrow(() -> new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, courseCode));
        java.util.Set<Long> kept;
        try {
            kept = frameworks.remapWithin(frameworkId, course.getCompetencyIds(), itemIds);
        } catch (IllegalArgumentException e) {
            throw new ProgrammeRuleException(Reason.NOT_FOUND_IN_PROGRAMME, "competency not in framework " + frameworkId);
        }
        programme.mapCompetencies(courseCode, kept, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }

    /** The programme's coverage of one framework version's units, for display. */
    @Transactional
    public CompetencyCoverage competencyCoverage(long schoolId, long programmeId, long frameworkId) {
        Programme programme = programmes.getInSchool(schoolId, programmeId);
        vn.tvet.lms.catalog.FrameworkCatalogue.FrameworkTree tree = frameworkCatalogue.tree(frameworkId);
        java.util.List<CompetencyCoverage.Unit> units = programme.competencyCoverage(tree.items(),
                programmes.competenciesFromModules(programmeId)).entrySet().stream()
                .map(e -> new CompetencyCoverage.Unit(e.getKey().getCode(), e.getKey().getStatement(),
                        e.getValue().stream().map(c -> c.getCode() + " " + c.getName()).toList()))
                .toList();
        return new CompetencyCoverage(tree.framework().getTitle(), units);
    }

    /**
     * The framework version most of the programme's mapped competencies belong to, which its coverage is shown
     * against until the teacher chooses another; empty while nothing is mapped.
     */
    @Transactional
    public java.util.Optional<Long> mostMappedFramework(long schoolId, long programmeId) {
        java.util.Set<Long> mapped = new java.util.HashSet<>();
        programmes.getInSchool(schoolId, programmeId).getCourses().forEach(c -> mapped.addAll(c.getCompetencyIds()));
        return frameworks.items(mapped).stream()
                .collect(java.util.stream.Collectors.groupingBy(item -> item.getFramework().getId(),
                        java.util.stream.Collectors.counting()))
                .entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey);
    }

    /** How a programme covers the units of a framework. */
    public record CompetencyCoverage(String framework, java.util.List<Unit> units) {

        /** One unit and the modules building it. */
        public record Unit(String code, String statement, java.util.List<String> courses) {
        }

        /** Units that at least one module or subject builds. */
        public long coveredUnits() {
            return units.stream().filter(u -> !u.courses().isEmpty()).count();
        }

        /** Share of units covered, 0-100. */
        public int percentCovered() {
            return units.isEmpty() ? 0 : (int) (100 * units.stream().filter(u -> !u.courses().isEmpty()).count() / units.size());
        }
    }

    @Transactional
    public void moveCourse(@NotNull Viewer actor, long schoolId, long programmeId, @NotNull String code, int step) {
        rights.requireAuthor(actor, schoolId, "draw up programmes of school " + schoolId);
        programmes.getInSchool(schoolId, programmeId).moveCourse(code, step, clock.instant());
        changes.fire(new ProgrammeChanged(programmeId));
    }
}
