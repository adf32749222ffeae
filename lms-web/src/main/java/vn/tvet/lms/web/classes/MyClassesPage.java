package vn.tvet.lms.web.classes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.classes.ClassJoining;
import vn.tvet.lms.learning.ClassLearning;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;

/** A learner's classes now, with their progress and the way on, and joining a class with the key a teacher gave. */
@Named
@ViewScoped
public class MyClassesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ClassLearning learning;

    @Inject
    ClassJoining joining;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private transient List<ClassLearning.ClassProgress> classes;
    private String key;

    public void join() {
        long schoolId = currentUser.requireSchoolRole(Role.STUDENT);
        if (key == null || key.isBlank()) {
            texts.fieldError("join:key", "classes.keyRequired");
            return;
        }
        pageActions.call(() -> joining.join(currentUser.viewer(), schoolId, key)).ifPresent(joined -> {
            texts.info("classes.joined", joined.name());
            key = null;
            classes = null;
        });
    }

    /** The learner's classes with how far they are and where to go on. */
    public List<ClassLearning.ClassProgress> getClasses() {
        if (classes == null) {
            classes = learning.myProgress(currentUser.viewer());
        }
        return classes;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    /** Today in Vietnam, against which due dates are overdue. */
    public java.time.LocalDate getToday() {
        return java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
