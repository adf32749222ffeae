package vn.tvet.lms.web.library;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.tvet.lms.catalog.Occupation;
import vn.tvet.lms.catalog.OccupationCatalogue;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.LibraryReading;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceAuthoring;
import vn.tvet.lms.library.ResourceDetails;
import vn.tvet.lms.library.ResourceNotFoundException;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;
import vn.tvet.lms.web.account.AccessDeniedException;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.Texts;

/**
 * Describing material: step 1 of adding it (saving creates a draft in the current school and opens its
 * page, where step 2, the upload, and step 3, submitting for review, follow), and later editing it. An
 * edit records the replaced values in the history; the sharing scope is fixed once the draft is submitted.
 */
@Named
@ViewScoped
public class ResourceFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    ResourceAuthoring authoring;

    @Inject
    Texts texts;

    @Inject
    OccupationCatalogue catalogue;

    @Inject
    vn.tvet.lms.web.platform.PageActions pageActions;

    private String title;
    private String description;
    private ResourceType type = ResourceType.DOCUMENT;
    /** Chosen occupation codes, or names typed without picking a suggestion (resolved when saving). */
    private List<String> occupations = new ArrayList<>();
    /** Labels of the codes shown in the field, filled as they are loaded or suggested. */
    private final Map<String, String> occupationNames = new HashMap<>();
    private TrainingLevel level;
    private String language = "vi";
    private Licence licence = Licence.CC_BY;
    private String keywords;
    private String linkUrl;
    private SharingScope scope = SharingScope.SCHOOL;
    private String id;
    private Long editingId;
    private boolean scopeFixed;

    @Inject
    LibraryReading reading;

    /** View action: with an id, loads the resource to edit (404 if the person may not see it, 403 if not edit it). */
    public void load() {
        if (id == null || id.isBlank()) {
            // Only teachers and school admins add material; the use case refuses others too.
            currentUser.requireTeachingSchool();
            return;
        }
        long resourceId;
        try {
            resourceId = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException(-1);
        }
        LearningResource resource = reading.item(currentUser.viewer(), resourceId);
        if (!resource.mayEdit(currentUser.viewer())) {
            throw new AccessDeniedException("edit resource " + resourceId);
        }
        editingId = resourceId;
        // A published item's pending change, if any: the author goes on where they left off.
        ResourceDetails details = resource.workingDetails();
        title = details.title();
        description = details.description();
        type = details.type();
        occupations = new ArrayList<>(new TreeSet<>(details.occupationCodes()));
        occupationNames.putAll(catalogue.namesByCode(occupations));
        level = details.level();
        language = details.language();
        licence = details.licence();
        keywords = String.join(", ", new java.util.TreeSet<>(details.keywords()));
        linkUrl = details.linkUrl();
        scope = details.scope();
        scopeFixed = resource.getStatus() != ResourceStatus.DRAFT;
    }

    public String save() {
        Long school = currentUser.getInstitutionId();
        if (school == null && editingId == null) {
            throw new AccessDeniedException("adding material needs a school");
        }
        // Text left in the field without picking a suggestion still counts: it is resolved like a picked entry.
        String typedOnly = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("resource:occupations_input");
        Set<String> entries = new LinkedHashSet<>(this.occupations);
        if (typedOnly != null && !typedOnly.isBlank()) {
            entries.add(typedOnly.strip());
        }
        OccupationCatalogue.OccupationChoice occupations = catalogue.codesFor(String.join(",", entries), level);
        this.occupations = new ArrayList<>(occupations.codes());
        occupationNames.putAll(catalogue.namesByCode(occupations.codes()));
        if (!occupations.unknown().isEmpty()) {
            texts.fieldError("resource:occupations", "library.occupationUnknown", String.join(", ", occupations.unknown()));
            return null;
        }
        ResourceDetails details = new ResourceDetails(title, description, type, Set.copyOf(occupations.codes()), level,
                language, licence, ResourceDetails.keywordsIn(keywords), type == ResourceType.LINK ? linkUrl : null, scope);
        if (details.lacksLink()) {
            texts.fieldError("resource:linkUrl", "library.linkRequired");
            return null;
        }
        if (!details.hasValidOccupationCodes()) {
            texts.fieldError("resource:occupations", "library.occupationInvalid");
            return null;
        }
        // The form limits most fields; what gets past it (an over-long keyword, say) is named by field.
        java.util.Optional<LearningResource> saved = pageActions.call(() -> editingId == null
                ? authoring.draft(currentUser.viewer(), school, details)
                : authoring.describe(currentUser.viewer(), editingId, details));
        if (saved.isEmpty()) {
            return null;
        }
        LearningResource resource = saved.get();
        texts.info(editingId == null ? "library.created" : "library.saved", resource.getTitle());
        texts.keepForRedirect();
        return "/library/item.xhtml?faces-redirect=true&id=" + resource.getId();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public boolean isScopeFixed() {
        return scopeFixed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ResourceType getType() {
        return type;
    }

    public void setType(ResourceType type) {
        this.type = type;
    }

    public List<String> getOccupations() {
        return occupations;
    }

    public void setOccupations(List<String> occupations) {
        this.occupations = occupations == null ? new ArrayList<>() : new ArrayList<>(occupations);
    }

    /** The field's suggestions: occupations whose code or name contains what was typed, at the chosen level. */
    public List<String> suggestOccupations(String typed) {
        List<String> codes = new ArrayList<>();
        for (Occupation occupation : catalogue.suggestions(typed, level, 12)) {
            occupationNames.put(occupation.getCode(), occupation.getName());
            codes.add(occupation.getCode());
        }
        return codes;
    }

    /** "6520227 – Điện công nghiệp" for a known code; what was typed otherwise. */
    public String occupationLabel(String code) {
        String name = occupationNames.get(code);
        return name == null ? code : code + " – " + name;
    }

    public TrainingLevel getLevel() {
        return level;
    }

    public void setLevel(TrainingLevel level) {
        this.level = level;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Licence getLicence() {
        return licence;
    }

    public void setLicence(Licence licence) {
        this.licence = licence;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getLinkUrl() {
        return linkUrl;
    }

    public void setLinkUrl(String linkUrl) {
        this.linkUrl = linkUrl;
    }

    public SharingScope getScope() {
        return scope;
    }

    public void setScope(SharingScope scope) {
        this.scope = scope;
    }
}
