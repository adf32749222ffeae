package vn.tvet.lms.search;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceStatus;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;

/**
 * What the index keeps of a document: its text, its facets, and the fields the visibility rule needs
 * (status, scope, owner school, author, so the rule can be applied inside the query). For a library item
 * {@code body} is the text extracted from its newest file, possibly empty. Modules, programmes and
 * frameworks are put in the same shape by {@link SearchableDocuments}: they have no resource type or
 * licence, a framework no school ({@code schoolId} 0), a programme no author ({@code authorId} 0).
 */
public record IndexedResource(
        long id,
        String title,
        String description,
        Set<String> keywords,
        String body,
        ResourceType type,
        Set<String> occupationCodes,
        String level,
        Licence licence,
        long schoolId,
        String schoolName,
        String language,
        ResourceStatus status,
        SharingScope scope,
        long authorId,
        Instant updatedAt,
        DocumentKind kind) {

    public IndexedResource {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        language = language == null ? "" : language;
        description = description == null ? "" : description;
        body = body == null ? "" : body;
        keywords = Set.copyOf(keywords);
        occupationCodes = Set.copyOf(occupationCodes);
    }

    /** A library item. */
    public IndexedResource(long id, String title, String description, Set<String> keywords, String body, ResourceType type,
            Set<String> occupationCodes, String level, Licence licence, long schoolId, String schoolName, String language,
            ResourceStatus status, SharingScope scope, long authorId, Instant updatedAt) {
        this(id, title, description, keywords, body, type, occupationCodes, level, licence, schoolId, schoolName, language,
                status, scope, authorId, updatedAt, DocumentKind.RESOURCE);
    }

    public IndexedResource withBody(String text) {
        return new IndexedResource(id, title, description, keywords, text, type, occupationCodes, level, licence, schoolId,
                schoolName, language, status, scope, authorId, updatedAt, kind);
    }

    /** Unique across kinds: ids of different kinds may be equal. */
    public String key() {
        return kind.name() + ":" + id;
    }

    /** The resource as the index sees it, with {@code body} extracted from its newest file. */
    public static IndexedResource of(LearningResource resource, String body) {
        return new IndexedResource(resource.getId(), resource.getTitle(), resource.getDescription(),
                resource.getKeywords(), body, resource.getType(), resource.getOccupationCodes(),
                resource.getLevel() == null ? null : resource.getLevel().name(), resource.getLicence(),
                resource.getOwner().getId(), resource.getOwner().getName(), resource.getLanguage(), resource.getStatus(),
                resource.getScope(), resource.getAuthor().getId(), resource.getUpdatedAt());
    }
}
