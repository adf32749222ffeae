package vn.tvet.lms.courseware;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A lesson (bài học) of a module: a title and its activities in order. */
@Entity
@Table(name = "module_lesson")
public class ModuleLesson {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "lesson_id", nullable = false)
    @OrderColumn(name = "position")
    private List<ModuleActivity> activities = new ArrayList<>();

    protected ModuleLesson() {
        // for JPA
    }

    ModuleLesson(String title) {
        this.title = title;
    }

    void rename(String newTitle) {
        title = newTitle;
    }

    void add(ModuleActivity activity) {
        activities.add(activity);
    }

    ModuleActivity activity(long activityId) {
        return activities.stream().filter(a -> a.getId() != null && a.getId() == activityId).findFirst()
                .orElseThrow(() -> new ModuleRuleException(ModuleRuleException.Reason.NOT_FOUND_IN_MODULE, "activity " + activityId));
    }

    void remove(long activityId) {
        activities.remove(activity(activityId));
    }

    void move(long activityId, int step) {
        int from = activities.indexOf(activity(activityId));
        int to = from + Integer.signum(step);
        if (to >= 0 && to < activities.size()) {
            Collections.swap(activities, from, to);
        }
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public List<ModuleActivity> getActivities() {
        return Collections.unmodifiableList(activities);
    }
}
