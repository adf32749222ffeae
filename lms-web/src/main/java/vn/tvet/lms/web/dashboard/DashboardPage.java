package vn.tvet.lms.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.SchoolHeadcount;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.courseware.ModuleLearning;
import vn.tvet.lms.courseware.ModuleSharing;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.LibraryQuery;
import vn.tvet.lms.web.account.CurrentUser;

/** Figures for the dashboard, each computed only when the person's role shows it. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    CurrentUser currentUser;

    @Inject
    People people;

    @Inject
    Institutions institutions;

    @Inject
    LearningResources resources;

    @Inject
    ModuleLearning learning;

    @Inject
    ModuleSharing sharing;

    @Inject
    CourseModules modules;

    @Inject
    vn.tvet.lms.classes.ClassTeaching teaching;

    @Inject
    vn.tvet.lms.learning.ClassLearning classLearning;

    private List<vn.tvet.lms.learning.ClassLearning.ClassProgress> myClasses;

    private List<SchoolHeadcount> headcounts;
    private List<CourseModule> toLearn;

    public long schoolCount(String role) {
        Long institutionId = currentUser.getInstitutionId();
        return institutionId == null ? 0 : people.countMembers(institutionId, Role.parse(role), null);
    }

    public long getInstitutionCount() {
        return institutions.count();
    }

    public long getPeopleCount() {
        return people.countAll();
    }

    /** Library items waiting for this person's review (their school's, or the network's for the library admin). */
    public long getReviewCount() {
        return resources.countReviewQueue(currentUser.viewer());
    }

    /** Modules other schools asked to share with the network, for the library admin. */
    public long getModuleReviewCount() {
        return sharing.awaitingReview(currentUser.viewer()).size();
    }

    /** Library items this teacher wrote, in every state. */
    public long getMyItemCount() {
        return resources.countAuthoredBy(currentUser.viewer(), LibraryQuery.ALL);
    }

    /** The modules of the school the teacher is acting in. */
    public long getSchoolModuleCount() {
        Long institutionId = currentUser.getInstitutionId();
        return institutionId == null ? 0 : modules.ofSchool(institutionId).size();
    }

    /** The classes this teacher teaches (all of the school's for its admins). */
    public long getMyClassCount() {
        Long institutionId = currentUser.getInstitutionId();
        return institutionId == null ? 0
                : teaching.classes(currentUser.viewer(), institutionId, null, 0, 1, null, true).total();
    }

    /** The student's classes with their progress: what to go on with. */
    public List<vn.tvet.lms.learning.ClassLearning.ClassProgress> getMyClasses() {
        if (myClasses == null) {
            myClasses = classLearning.myProgress(currentUser.viewer());
        }
        return myClasses;
    }

    /** What the student's school has published for them to learn. */
    public List<CourseModule> getToLearn() {
        if (toLearn == null) {
            Long institutionId = currentUser.getInstitutionId();
            toLearn = institutionId == null ? List.of() : learning.available(institutionId);
        }
        return toLearn;
    }

    /** The first few, for the dashboard; the learning page lists them all. */
    public List<CourseModule> getToLearnFirst() {
        return getToLearn().subList(0, Math.min(5, getToLearn().size()));
    }

    public List<SchoolHeadcount> getHeadcounts() {
        if (headcounts == null) {
            headcounts = people.headcounts();
        }
        return headcounts;
    }
}
