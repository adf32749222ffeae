package vn.tvet.lms.web.library;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.LibraryQuery;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.Viewer;
import vn.tvet.lms.web.account.CurrentUser;

/**
 * Browsing the shared library: the published resources the person may see, filtered by type, occupation,
 * level, licence, school and language, sorted and paged in the database. Also the "My items" list.
 */
@Named
@ViewScoped
public class LibraryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LearningResources resources;

    private ResourceType type;
    private String occupation;
    private TrainingLevel level;
    private Licence licence;
    private Long school;
    private String language;
    private String title;
    private boolean mine;
    private LazyDataModel<LearningResource> list;

    @PostConstruct
    void init() {
        list = new ResourceList();
    }

    /** Called by the "My items" page: the person's own resources in every status. */
    public void showMine() {
        mine = true;
    }

    private LibraryQuery query() {
        return new LibraryQuery(type, occupation, level, licence, school, language, title);
    }

    private final class ResourceList extends LazyDataModel<LearningResource> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            Viewer viewer = currentUser.viewer();
            return (int) (mine ? resources.countAuthoredBy(viewer, query()) : resources.countPublished(viewer, query()));
        }

        @Override
        public List<LearningResource> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            String field = sort == null ? "updatedAt" : sort.getField();
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            Viewer viewer = currentUser.viewer();
            return mine ? resources.authoredBy(viewer, query(), first, pageSize, field, ascending)
                    : resources.published(viewer, query(), first, pageSize, field, ascending);
        }

        @Override
        public String getRowKey(LearningResource resource) {
            return String.valueOf(resource.getId());
        }

        @Override
        public LearningResource getRowData(String rowKey) {
            return resources.getVisible(currentUser.viewer(), Long.parseLong(rowKey));
        }
    }

    public LazyDataModel<LearningResource> getList() {
        return list;
    }

    public boolean isMine() {
        return mine;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public String getOccupation() {
        return occupation;
    }

    public void setOccupation(String occupation) {
        this.occupation = occupation;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public void setLevel(TrainingLevel level) {
        this.level = level;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public Long getSchool() {
        return school;
    }

    public void setSchool(Long school) {
        this.school = school;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
