package vn.tvet.lms.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.tvet.lms.catalog.CompetencyFramework;
import vn.tvet.lms.catalog.CompetencyFrameworks;
import vn.tvet.lms.courseware.CourseModule;
import vn.tvet.lms.courseware.CourseModules;
import vn.tvet.lms.courseware.ModuleContent;
import vn.tvet.lms.courseware.ModuleVersion;
import vn.tvet.lms.courseware.ShareStatus;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.programme.Programme;
import vn.tvet.lms.programme.Programmes;

/**
 * Modules, programmes and frameworks in the shape the index keeps, with the library's visibility fields
 * chosen so the one visibility filter applies: a module's draft is its author's until published, then its
 * school's, and the network's once sharing is approved (what is indexed is the newest published version,
 * never draft text learners may not see); a programme every signed-in user's (read-only outside its school); a framework every signed-in user's.
 */
@ApplicationScoped
public class SearchableDocuments {

    private CourseModules modules;
    private Programmes programmes;
    private CompetencyFrameworks frameworks;

    SearchableDocuments() {
        // for the CDI proxy
    }

    @Inject
    public SearchableDocuments(CourseModules modules, Programmes programmes, CompetencyFrameworks frameworks) {
        this.modules = modules;
        this.programmes = programmes;
        this.frameworks = frameworks;
    }

    /** Call inside a transaction. */
    Optional<IndexedResource> snapshot(DocumentKind kind, long id) {
        return switch (kind) {
            case MODULE -> modules.find(id).map(this::module);
            case PROGRAMME -> programmes.find(id).map(SearchableDocuments::programme);
            case FRAMEWORK -> frameworks.find(id).map(SearchableDocuments::framework);
            case RESOURCE -> throw new IllegalArgumentException("library items are read by IndexSnapshots");
        };
    }

    private IndexedResource module(CourseModule module) {
        ModuleContent content = modules.newestVersion(module).map(ModuleVersion::content)
                .orElseGet(module::content);
        String body = Stream.concat(
                content.outcomes().stream().map(o -> o.code() + " " + o.statement()),
                content.lessons().stream().flatMap(lesson -> Stream.concat(Stream.of(lesson.title()),
                        lesson.activities().stream().flatMap(SearchableDocuments::activityText))))
                .collect(Collectors.joining("\n"));
        return new IndexedResource(module.getId(), content.title(), content.summary(), Set.of(module.getCode()), body, null,
                Set.of(), null, null, module.getSchool().getId(), module.getSchool().getName(), null,
                module.isPublished() ? ResourceStatus.PUBLISHED : ResourceStatus.DRAFT,
                module.getShareStatus() == ShareStatus.SHARED ? SharingScope.NETWORK : SharingScope.SCHOOL,
                module.getAuthor().getId(), module.getDraftSavedAt(), DocumentKind.MODULE);
    }

    /** A library item's title is not the module's text: the item may be one that some readers may not see. */
    private static Stream<String> activityText(ModuleContent.Activity activity) {
        String title = activity.kind() == vn.tvet.lms.courseware.ActivityKind.RESOURCE ? null : activity.title();
        return Stream.concat(Stream.of(title, plain(activity.body()), activity.criteria()),
                activity.questions().stream().map(q -> q.prompt())).filter(text -> text != null && !text.isBlank());
    }

    private static String plain(String html) {
        return html == null ? null : html.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ").replace("&amp;", "&")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'");
    }

    private static IndexedResource programme(Programme programme) {
        String body = Stream.concat(programme.getOutcomes().stream().map(o -> o.code() + " " + o.statement()),
                programme.getCourses().stream().map(c -> c.getCode() + " " + c.getName())).collect(Collectors.joining("\n"));
        return new IndexedResource(programme.getId(), programme.getTitle(),
                programme.getOccupation().getCode() + " " + programme.getOccupation().getName(), Set.of(programme.getCode()),
                body, null, Set.of(programme.getOccupation().getCode()), programme.getLevel().name(), null,
                programme.getSchool().getId(), programme.getSchool().getName(), null, ResourceStatus.PUBLISHED,
                SharingScope.NETWORK, 0, programme.getUpdatedAt(), DocumentKind.PROGRAMME);
    }

    private static IndexedResource framework(CompetencyFramework framework) {
        String body = framework.getItems().stream().map(item -> item.getCode() + " " + item.getStatement())
                .collect(Collectors.joining("\n"));
        return new IndexedResource(framework.getId(), framework.getTitle() + " (" + framework.getVersion() + ")",
                framework.getPublisher(), Set.of(framework.getCode()), body, null, Set.of(), null, null, 0, "", null,
                ResourceStatus.PUBLISHED, SharingScope.NETWORK, 0, framework.getImportedAt(), DocumentKind.FRAMEWORK);
    }
}
