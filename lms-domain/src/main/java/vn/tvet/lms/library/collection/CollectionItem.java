package vn.tvet.lms.library.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.library.LearningResource;
import vn.tvet.lms.library.ResourceVersion;

/**
 * A resource a teacher keeps in their collection by reference: no bytes are copied, the attribution and
 * licence stay the author's, and the version the teacher last took is remembered so they are told when
 * the author publishes a newer one.
 */
@Entity
@Table(name = "collection_item")
public class CollectionItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person owner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "resource_id", nullable = false)
    private LearningResource resource;

    @Column(name = "version_taken", nullable = false)
    private int versionTaken;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CollectionItem() {
        // for JPA
    }

    CollectionItem(Person owner, LearningResource resource, Instant now) {
        this.owner = owner;
        this.resource = resource;
        this.versionTaken = resource.publishedVersion().map(ResourceVersion::getNumber).orElse(0);
        this.addedAt = now;
    }

    /** Whether the author has published a version newer than the one taken. */
    public boolean hasNewerVersion() {
        return resource.publishedVersion().map(ResourceVersion::getNumber).orElse(0) > versionTaken;
    }

    /** Takes the newest version. */
    void takeLatest() {
        versionTaken = resource.publishedVersion().map(ResourceVersion::getNumber).orElse(0);
    }

    public Long getId() {
        return id;
    }

    public Person getOwner() {
        return owner;
    }

    public LearningResource getResource() {
        return resource;
    }

    public int getVersionTaken() {
        return versionTaken;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
