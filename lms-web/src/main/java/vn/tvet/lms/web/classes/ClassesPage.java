package vn.tvet.lms.web.classes;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tvet.lms.classes.ClassDetails;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.ProgrammeClass;
import vn.tvet.lms.classes.ProgrammeClassTeaching;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.ModuleLearning;
import vn.tvet.lms.programme.Programme;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/**
 * The classes a teacher runs (all of the school's for its admins), a page at a time, the programme classes, and
 * opening a new class of a module or of a whole programme.
 */
@Named
@ViewScoped
public class ClassesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassTeaching teaching;

    @Inject
    ModuleLearning learning;

    @Inject
    ProgrammeClassTeaching programmeTeaching;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private long schoolId;
    private String filter;
    private LazyDataModel<SchoolClass> classes;
    private transient Map<Long, Long> learnerCounts = Map.of();
    private transient List<CourseModule> modules;

    private transient List<Programme> programmes;
    private transient List<ProgrammeClass> programmeClasses;

    /** What the new class offers: one module, or a whole programme. */
    private boolean wholeProgramme;
    private Long programmeId;
    private Long moduleId;
    private String code;
    private String name;
    private LocalDate startsOn = LocalDate.now(VIETNAM);
    private LocalDate endsOn = LocalDate.now(VIETNAM).plusMonths(4);

    @PostConstruct
    void init() {
        schoolId = currentUser.requireTeachingSchool();
        classes = new ClassList();
    }

    /** Opens the class and goes to its page, where learners are enrolled. */
    public String open() {
        if (wholeProgramme) {
            return openProgrammeClass();
        }
        if (moduleId == null) {
            texts.fieldError("open:module", "classes.moduleRequired");
            return null;
        }
        return pageActions.call(() -> teaching.open(currentUser.viewer(), schoolId, moduleId,
                new ClassDetails(code, name, startsOn, endsOn))).map(opened -> {
                    texts.info("classes.opened", opened.getCode());
                    texts.keepForRedirect();
                    return "/classes/class?faces-redirect=true&id=" + opened.getId();
                }).orElse(null);
    }

    private String openProgrammeClass() {
        if (programmeId == null) {
            texts.fieldError("open:programme", "programmeClasses.programmeRequired");
            return null;
        }
        return pageActions.call(() -> programmeTeaching.open(currentUser.viewer(), schoolId, programmeId,
                new ClassDetails(code, name, startsOn, endsOn))).map(opened -> {
                    texts.info("programmeClasses.opened", opened.getCode());
                    texts.keepForRedirect();
                    return "/classes/programme?faces-redirect=true&id=" + opened.getId();
                }).orElse(null);
    }

    /** The school's programmes: a programme class offers one of them. */
    public List<Programme> getProgrammes() {
        if (programmes == null) {
            programmes = programmeTeaching.programmesToOpen(currentUser.viewer(), schoolId);
        }
        return programmes;
    }

    /** The programme classes the person runs. */
    public List<ProgrammeClass> getProgrammeClasses() {
        if (programmeClasses == null) {
            programmeClasses = programmeTeaching.programmeClasses(currentUser.viewer(), schoolId);
        }
        return programmeClasses;
    }

    public boolean isWholeProgramme() {
        return wholeProgramme;
    }

    public void setWholeProgramme(boolean wholeProgramme) {
        this.wholeProgramme = wholeProgramme;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    private final class ClassList extends LazyDataModel<SchoolClass> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) teaching.classes(currentUser.viewer(), schoolId, filter, 0, 1, null, true).total();
        }

        @Override
        public List<SchoolClass> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            // newest term first unless a column is chosen
            String field = sort == null ? "startsOn" : sort.getField();
            boolean ascending = sort != null && sort.getOrder() != SortOrder.DESCENDING;
            ClassTeaching.ClassPage page = teaching.classes(currentUser.viewer(), schoolId, filter, first, pageSize, field,
                    ascending);
            learnerCounts = page.learners();
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(SchoolClass schoolClass) {
            return String.valueOf(schoolClass.getId());
        }
    }

    public long learnersIn(SchoolClass schoolClass) {
        return learnerCounts == null ? 0 : learnerCounts.getOrDefault(schoolClass.getId(), 0L);
    }

    /** The school's published modules: a class offers one of them. */
    public List<CourseModule> getModules() {
        if (modules == null) {
            modules = learning.available(schoolId);
        }
        return modules;
    }

    public LazyDataModel<SchoolClass> getClasses() {
        return classes;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Long getModuleId() {
        return moduleId;
    }

    public void setModuleId(Long moduleId) {
        this.moduleId = moduleId;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
