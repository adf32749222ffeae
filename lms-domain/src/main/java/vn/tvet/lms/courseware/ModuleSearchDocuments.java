package vn.tvet.lms.courseware;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.IndexQueue;
import vn.tvet.lms.search.IndexedResource;
import vn.tvet.lms.search.SearchableKind;

/**
 * Modules as the search keeps them, with the library's visibility fields chosen so the one visibility filter
 * applies: a draft is its author's until published, then its school's, and the network's once sharing is
 * approved. What is indexed is the newest published version, never draft text learners may not see.
 */
@ApplicationScoped
public class ModuleSearchDocuments implements SearchableKind {

    private CourseModules modules;
    private IndexQueue queue;

    ModuleSearchDocuments() {
        // for the CDI proxy
    }

    @Inject
    public ModuleSearchDocuments(CourseModules modules, IndexQueue queue) {
        this.modules = modules;
        this.queue = queue;
    }

    /** In the transaction of the change, so the task commits or rolls back with it. */
    void changed(@Observes ModuleChanged change) {
        queue.enqueue(DocumentKind.MODULE, change.moduleId());
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.MODULE;
    }

    @Override
    public String sourceTable() {
        return "course_module";
    }

    @Override
    public Optional<IndexedResource> snapshot(long id) {
        return modules.find(id).map(this::document);
    }

    private IndexedResource document(CourseModule module) {
        ModuleContent content = modules.newestVersion(module).map(ModuleVersion::content).orElseGet(module::content);
        String body = Stream.concat(
                content.outcomes().stream().map(o -> o.code() + " " + o.statement()),
                content.lessons().stream().flatMap(lesson -> Stream.concat(Stream.of(lesson.title()),
                        lesson.activities().stream().flatMap(ModuleSearchDocuments::activityText))))
                .collect(Collectors.joining("\n"));
        return new IndexedResource(module.getId(), content.title(), content.summary(), Set.of(module.getCode()), body, null,
                Set.of(), null, null, module.getSchool().getId(), module.getSchool().getName(), null,
                module.isPublished() ? ResourceStatus.PUBLISHED : ResourceStatus.DRAFT,
                module.getShareStatus() == ShareStatus.SHARED ? SharingScope.NETWORK : SharingScope.SCHOOL,
                module.getAuthor().getId(), module.getDraftSavedAt(), DocumentKind.MODULE);
    }

    /** A library item's title is not the module's text: the item may be one that some readers may not see. */
    private static Stream<String> activityText(ModuleContent.Activity activity) {
        String title = activity.kind() == ActivityKind.RESOURCE ? null : activity.title();
        return Stream.concat(Stream.of(title, plain(activity.body()), activity.criteria()),
                activity.questions().stream().map(q -> q.prompt())).filter(text -> text != null && !text.isBlank());
    }

    private static String plain(String html) {
        return html == null ? null : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }
}
