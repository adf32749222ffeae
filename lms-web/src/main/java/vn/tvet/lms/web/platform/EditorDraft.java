package vn.tvet.lms.web.platform;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.function.Supplier;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.web.account.CurrentUser;

/**
 * What an editor with several sections shares: the entity named by the page's {@code id} parameter, read
 * in the teacher's school (another school's id is not found), every change run through {@link PageActions}
 * and followed by a reload, and values derived from the entity until the next change. Subclasses are
 * view-scoped and say how the entity is read.
 *
 * @param <T> the entity the editor changes
 */
public abstract class EditorDraft<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageActions pageActions;

    private String id;
    private long entityId;
    private long schoolId;
    private transient T entity;
    private transient DerivedValues derived;

    /** The entity in the school, with everything the sections show. */
    protected abstract T read(long schoolId, long entityId);

    /** The not-found failure for an id that is no number. */
    protected abstract RuntimeException notFound();

    /** Opens the entity named by the {@code id} parameter. */
    public void load() {
        schoolId = currentUser.requireTeachingSchool();
        try {
            entityId = Long.parseLong(String.valueOf(id));
        } catch (NumberFormatException e) {
            throw notFound();
        }
        reload();
    }

    /** Runs a change, shows the rule it broke if any, and shows the entity as it is now. */
    public boolean change(Runnable action) {
        boolean done = pageActions.run(action);
        reload();
        return done;
    }

    /** A value computed from the entity as it is now, computed once until the next change. */
    public <V> V derived(String name, Supplier<V> compute) {
        if (derived == null) {
            derived = new DerivedValues();
        }
        return derived.get(name, compute);
    }

    private void reload() {
        entity = read(schoolId, entityId);
        derived = null;
    }

    protected T entity() {
        if (entity == null) {
            reload();
        }
        return entity;
    }

    public Viewer viewer() {
        return currentUser.viewer();
    }

    public long schoolId() {
        return schoolId;
    }

    public long entityId() {
        return entityId;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
