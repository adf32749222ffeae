package vn.tvet.lms.web.questions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.PrimeFaces;
import vn.tvet.lms.courseware.ModuleAuthoring;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.ResourceVersion;
import vn.tvet.lms.search.DocumentKind;
import vn.tvet.lms.search.Facet;
import vn.tvet.lms.search.SearchQuery;
import vn.tvet.lms.search.SearchResults;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;
import vn.tvet.lms.web.search.IndexSearches;

/**
 * The question form's picker for library images: finds the published images the school may use, and hands the
 * chosen one's address (at its published version) and title to the page, which inserts it at the cursor.
 */
@Named
@ViewScoped
public class LibraryImagePicker implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FOUND_IMAGES = 8;

    @Inject
    CurrentUser currentUser;

    @Inject
    QuestionBankPage bankPage;

    @Inject
    IndexSearches searchIndex;

    @Inject
    ModuleAuthoring authoring;

    @Inject
    LibraryReading reading;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private String imageQuery;
    private transient List<SearchResults.Hit> images;

    public void searchImages() {
        Map<Facet, Set<String>> libraryImages = Map.of(Facet.KIND, Set.of(DocumentKind.RESOURCE.name()), Facet.TYPE,
                Set.of(ResourceType.IMAGE.name()));
        boolean anything = imageQuery == null || imageQuery.isBlank();
        SearchResults found = searchIndex.search(new SearchQuery(imageQuery, libraryImages,
                anything ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE, 0, FOUND_IMAGES), currentUser.viewer());
        images = found.hits().stream()
                .filter(hit -> authoring.mayUseResource(currentUser.viewer(), bankPage.schoolId(), hit.id())).toList();
    }

    /** Checks that the image may go into the question (published, open to the school) before the page inserts it. */
    public void insertImage(long resourceId) {
        pageActions.call(() -> reading.item(currentUser.viewer(), resourceId)).ifPresent(item -> {
            int version = item.publishedVersion().map(ResourceVersion::getNumber).orElse(0);
            if (version == 0 || !authoring.mayUseResource(currentUser.viewer(), bankPage.schoolId(), resourceId)) {
                texts.error("questions.imageNotUsable");
                return;
            }
            PrimeFaces.current().ajax().addCallbackParam("imageUrl", "/library/files/" + resourceId + "/" + version);
            PrimeFaces.current().ajax().addCallbackParam("imageAlt", item.getTitle());
            texts.info("questions.imageInserted", item.getTitle());
        });
    }

    /** A new question starts without the last one's search. */
    void forget() {
        imageQuery = null;
        images = null;
    }

    public List<SearchResults.Hit> getImages() {
        return images;
    }

    public String getImageQuery() {
        return imageQuery;
    }

    public void setImageQuery(String imageQuery) {
        this.imageQuery = imageQuery;
    }
}
