package vn.tvet.lms.courseware;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.courseware.ModuleRuleException.Reason;
import vn.tvet.lms.institution.Institutions;

/**
 * Sharing modules across the network: the author asks, a network library admin reviews (as for network
 * library items), and teachers of other schools adopt a shared module as a linked copy of its newest
 * published version. A linked copy takes newer upstream versions only when its teacher asks.
 */
@ApplicationScoped
public class ModuleSharing {

    private static final System.Logger LOG = System.getLogger(ModuleSharing.class.getName());

    private CourseModules modules;
    private Institutions institutions;
    private People people;
    private Clock clock;
    private Event<ModuleChanged> changes;
    private Rights rights;

    ModuleSharing() {
        // for the CDI proxy
    }

    @Inject
    public ModuleSharing(CourseModules modules, Institutions institutions, People people, Clock clock,
            Event<ModuleChanged> changes, Rights rights) {
        this.modules = modules;
        this.institutions = institutions;
        this.people = people;
        this.clock = clock;
        this.changes = changes;
        this.rights = rights;
    }

    @Transactional
    public void askToShare(@NotNull Viewer viewer, long schoolId, long moduleId) {
        modules.getInSchool(schoolId, moduleId).askToShare(viewer);
        changes.fire(new ModuleChanged(moduleId));
        LOG.log(Level.INFO, "Module {0} submitted for network sharing", moduleId);
    }

    @Transactional
    public void stopSharing(@NotNull Viewer viewer, long schoolId, long moduleId) {
        modules.getInSchool(schoolId, moduleId).stopSharing(viewer);
        changes.fire(new ModuleChanged(moduleId));
    }

    @Transactional
    public List<CourseModule> awaitingReview(@NotNull Viewer reviewer) {
        return reviewer.libraryAdmin() ? modules.awaitingReview() : List.of();
    }

    @Transactional
    public void approve(@NotNull Viewer reviewer, long moduleId, @Size(max = 2000) String note) {
        modules.find(moduleId).orElseThrow(() -> new ModuleNotFoundException(moduleId)).approveSharing(reviewer, note);
        changes.fire(new ModuleChanged(moduleId));
        LOG.log(Level.INFO, "Module {0} shared with the network by person {1}", moduleId, reviewer.personId());
    }

    @Transactional
    public void sendBack(@NotNull Viewer reviewer, long moduleId, @Size(max = 2000) String reason) {
        modules.find(moduleId).orElseThrow(() -> new ModuleNotFoundException(moduleId)).sendSharingBack(reviewer, reason);
        changes.fire(new ModuleChanged(moduleId));
    }

    /** Modules other schools share with the network, newest version numbers included. */
    @Transactional
    public List<CourseModule> sharedBeyond(long schoolId) {
        return modules.shared().stream().filter(m -> m.getSchool().getId() != schoolId).toList();
    }

    /**
     * The newest published version of a module shared with the network, to look at before adopting it; a
     * network library admin also sees modules waiting for their review.
     */
    @Transactional
    public ModuleVersion newestShared(@NotNull Viewer viewer, long moduleId) {
        CourseModule module = modules.find(moduleId).filter(m -> viewer.signedIn())
                .filter(m -> m.getShareStatus() == ShareStatus.SHARED
                        || m.getShareStatus() == ShareStatus.SUBMITTED && viewer.libraryAdmin())
                .orElseThrow(() -> new ModuleNotFoundException(moduleId));
        module.getSchool().getName();
        module.getAuthor().getFullName();
        return modules.newestVersion(module).orElseThrow(() -> new ModuleNotFoundException(moduleId));
    }

    /** Makes a linked copy of a shared module's newest version in the adopter's school, under a code of theirs. */
    @Transactional
    public CourseModule adopt(@NotNull Viewer viewer, long schoolId, long upstreamId, @NotBlank @Size(max = 30) String code) {
        rights.requireAuthor(viewer, schoolId, "adopt modules into school " + schoolId);
        CourseModule upstream = modules.getShared(upstreamId);
        if (upstream.getSchool().getId() == schoolId) {
            throw new ModuleRuleException(Reason.OWN_MODULE, upstream.getCode());
        }
        if (modules.codeTaken(schoolId, ModuleAuthoring.typed(code))) {
            throw new ModuleRuleException(Reason.CODE_TAKEN, code);
        }
        ModuleVersion newest = modules.newestVersion(upstream)
                .orElseThrow(() -> new ModuleNotFoundException(upstreamId));
        CourseModule copy = CourseModule.linkedCopy(upstream, newest.getNumber(), newest.content(), institutions.get(schoolId),
                people.get(viewer.personId()), ModuleAuthoring.typed(code), clock.instant());
        modules.add(copy);
        changes.fire(new ModuleChanged(copy.getId()));
        LOG.log(Level.INFO, "School {0} adopted module {1} version {2} as {3}", schoolId, upstreamId, newest.getNumber(),
                copy.getCode());
        return copy;
    }

    /**
     * The upstream version a linked copy could take: newer than the one it has, from a module still shared.
     * Empty for a module that is not a linked copy or is up to date.
     */
    @Transactional
    public Optional<UpstreamUpdate> upstreamUpdate(long schoolId, long moduleId) {
        CourseModule copy = modules.getInSchool(schoolId, moduleId);
        CourseModule upstream = copy.getUpstream();
        if (upstream == null || upstream.getShareStatus() != ShareStatus.SHARED
                || upstream.getPublishedVersion() <= (copy.getUpstreamVersion() == null ? 0 : copy.getUpstreamVersion())) {
            return Optional.empty();
        }
        return modules.newestVersion(upstream)
                .map(v -> new UpstreamUpdate(v.getNumber(), v.getNote(), v.getPublishedAt()));
    }

    /** A newer upstream version: its number, the publisher's note, and when. */
    public record UpstreamUpdate(int version, String note, java.time.Instant publishedAt) {
    }

    /**
     * Replaces the linked copy's draft with the newest upstream version. The copy's own edits since it last
     * took upstream are replaced too (the page says so before asking); its published versions and learners
     * are untouched until it publishes again.
     */
    @Transactional
    public int takeUpstream(@NotNull Viewer viewer, long schoolId, long moduleId) {
        CourseModule copy = modules.getInSchool(schoolId, moduleId);
        if (!copy.mayEdit(viewer)) {
            throw new ModuleRuleException(Reason.NOT_ALLOWED, "take upstream");
        }
        if (copy.getUpstream() == null) {
            throw new ModuleRuleException(Reason.NOT_A_LINKED_COPY, copy.getCode());
        }
        CourseModule upstream = copy.getUpstream();
        if (upstream.getShareStatus() != ShareStatus.SHARED) {
            throw new ModuleRuleException(Reason.UP_TO_DATE, "upstream no longer shared");
        }
        ModuleVersion newest = modules.newestVersion(upstream)
                .orElseThrow(() -> new ModuleRuleException(Reason.UP_TO_DATE, "no upstream version"));
        copy.takeUpstream(newest.content(), newest.getNumber(), clock.instant());
        changes.fire(new ModuleChanged(moduleId));
        LOG.log(Level.INFO, "Module {0} took upstream version {1}", moduleId, newest.getNumber());
        return newest.getNumber();
    }
}
