package vn.tvet.lms.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.time.Clock;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.library.WorkflowViolationException.Reason;
import vn.tvet.lms.library.packaging.UnpackedPackage;
import vn.tvet.lms.storage.StoredBlob;

/**
 * A teacher's use cases on their own material: draft a resource, describe it, add files. Bytes are
 * stored before these calls (content-addressed), so a failed call leaves at most an unreferenced blob for
 * the orphan sweep, never a row pointing at missing bytes.
 */
@ApplicationScoped
public class ResourceAuthoring {

    private static final System.Logger LOG = System.getLogger(ResourceAuthoring.class.getName());

    private LearningResources resources;
    private People people;
    private Institutions institutions;
    private Clock clock;
    private Event<ResourceChanged> changes;

    ResourceAuthoring() {
        // for the CDI proxy
    }

    @Inject
    public ResourceAuthoring(LearningResources resources, People people, Institutions institutions, Clock clock,
            Event<ResourceChanged> changes) {
        this.resources = resources;
        this.people = people;
        this.institutions = institutions;
        this.clock = clock;
        this.changes = changes;
    }

    /** A new draft owned by the school the author acts in, where they must teach or administer. */
    @Transactional
    public LearningResource draft(@NotNull Viewer author, long schoolId, @NotNull @Valid ResourceDetails details) {
        if (!author.signedIn() || !author.schools().contains(schoolId) || !people.authorsIn(schoolId, author.personId())) {
            throw new WorkflowViolationException(-1, ResourceStatus.DRAFT, HistoryAction.CREATED, Reason.NOT_ALLOWED);
        }
        Institution school = institutions.get(schoolId);
        LearningResource resource = LearningResource.draft(school, actor(author), details, clock.instant());
        resources.add(resource);
        changes.fire(new ResourceChanged(resource.getId()));
        LOG.log(Level.INFO, "Resource {0} drafted by person {1} in {2}", resource.getId(), author.personId(),
                school.getCode());
        return resource;
    }

    @Transactional
    public LearningResource describe(@NotNull Viewer editor, long resourceId, @NotNull @Valid ResourceDetails details) {
        LearningResource resource = editable(editor, resourceId, HistoryAction.EDITED);
        resource.describe(details, actor(editor), clock.instant());
        changes.fire(new ResourceChanged(resourceId));
        return resource;
    }

    /** Checks that the editor may add a file now, before any byte is streamed; returns the resource's type. */
    @Transactional
    public ResourceType checkUpload(@NotNull Viewer editor, long resourceId) {
        LearningResource resource = editable(editor, resourceId, HistoryAction.VERSION_ADDED);
        resource.checkCanAddVersion();
        return resource.workingType();
    }

    /** Records bytes already in the store as the resource's newest version. */
    @Transactional
    public ResourceVersion addVersion(@NotNull Viewer editor, long resourceId, @NotNull StoredBlob blob,
            @NotNull String fileName, @NotNull String mimeType, String note) {
        LearningResource resource = editable(editor, resourceId, HistoryAction.VERSION_ADDED);
        ResourceVersion version = resource.addVersion(blob, fileName, mimeType, note, actor(editor), clock.instant());
        changes.fire(new ResourceChanged(resourceId));
        LOG.log(Level.INFO, "Resource {0} version {1}: {2} bytes, sha256 {3}", resourceId, version.getNumber(),
                blob.size(), blob.sha256());
        return version;
    }

    /** Records a package already unpacked into the store as the resource's newest version. */
    @Transactional
    public ResourceVersion addPackageVersion(@NotNull Viewer editor, long resourceId, @NotNull StoredBlob archive,
            @NotNull String fileName, @NotNull UnpackedPackage contents, String note) {
        LearningResource resource = editable(editor, resourceId, HistoryAction.VERSION_ADDED);
        ResourceVersion version = resource.addPackageVersion(archive, fileName, contents, note, actor(editor),
                clock.instant());
        changes.fire(new ResourceChanged(resourceId));
        LOG.log(Level.INFO, "Resource {0} package version {1}: {2} files, entry point {3}", resourceId,
                version.getNumber(), contents.entries().size(), contents.entryPoint());
        return version;
    }

    private LearningResource editable(Viewer editor, long resourceId, HistoryAction step) {
        LearningResource resource = resources.getVisible(editor, resourceId);
        if (!resource.mayEdit(editor) || !people.authorsIn(resource.getOwner().getId(), editor.personId())) {
            throw new WorkflowViolationException(resourceId, resource.getStatus(), step, Reason.NOT_ALLOWED);
        }
        return resource;
    }

    private Person actor(Viewer viewer) {
        return people.get(viewer.personId());
    }
}
