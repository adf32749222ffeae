package vn.tvet.lms.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.StoredBlob;

/**
 * Attachment data of statements (Data 2.4.11, Communication 1.5.2): each part sent must be the data of an
 * attachment of the statements it came with, and hash to the SHA-2 declared; each attachment without a fileUrl must
 * have its part. The bytes go to the object store before the statements' transaction (storage I/O never holds
 * a row lock); the SHA-2 → blob rows are written with the statements, so bytes of a refused request are left to
 * the orphan sweep.
 */
@ApplicationScoped
public class LrsAttachments {

    /** The most attachment bytes one request may carry (the request body limit applies first). */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private ContentStore store;

    LrsAttachments() {
        // for the CDI proxy
    }

    @Inject
    public LrsAttachments(ContentStore store) {
        this.store = store;
    }

    /** Checks the parts against the statements' attachments and stores their bytes; the blobs by declared SHA-2. */
    public Map<String, StoredAttachment> receive(List<JsonObject> statements, Collection<AttachmentData> parts) {
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonValue attachments = statements.get(i).get("attachments");
            if (attachments == null || attachments.getValueType() != JsonValue.ValueType.ARRAY) {
                continue;
            }
            for (JsonValue attachment : attachments.asJsonArray()) {
                if (attachment.getValueType() != JsonValue.ValueType.OBJECT) {
                    continue;
                }
                JsonObject object = attachment.asJsonObject();
                String sha2 = object.getString("sha2", "").toLowerCase();
                declared.add(sha2);
                boolean sent = parts.stream().anyMatch(part -> part.sha2().equals(sha2));
                if (!sent && !object.containsKey("fileUrl")) {
                    throw new StatementRejectedException("statement[" + i + "].attachments", "attachment " + sha2
                            + " has neither a fileUrl nor a part with its data");
                }
            }
        }
        Map<String, AttachmentData> bySha2 = new LinkedHashMap<>();
        parts.forEach(part -> bySha2.put(part.sha2(), part));
        for (int i = 0; i < statements.size(); i++) {
            SignedStatements.check(statements.get(i), "statement[" + i + "]", bySha2);
        }
        Map<String, StoredAttachment> stored = new LinkedHashMap<>();
        for (AttachmentData part : parts) {
            if (!declared.contains(part.sha2())) {
                throw new StatementRejectedException("attachments", "a part (" + part.sha2() + ") belongs to no attachment");
            }
            if (!part.verified()) {
                throw new StatementRejectedException("attachments", "the part's data does not hash to " + part.sha2());
            }
            StoredBlob blob = store.putContentAddressed(new ByteArrayInputStream(part.bytes()), MAX_BYTES, part.contentType());
            stored.put(part.sha2(), new StoredAttachment(part.sha2(), blob.sha256(), part.contentType(), part.bytes().length));
        }
        return stored;
    }

    /** Remembers which blob holds each SHA-2 (once; a repeated file keeps its first row). Called in the statements' transaction. */
    void remember(Collection<StoredAttachment> attachments) {
        for (StoredAttachment attachment : attachments) {
            em.createNativeQuery("insert into xapi_attachment (sha2, blob_sha256, content_type, length) values (?1, ?2, ?3, ?4)"
                            + " on conflict (sha2) do nothing")
                    .setParameter(1, attachment.sha2()).setParameter(2, attachment.blobSha256())
                    .setParameter(3, attachment.contentType()).setParameter(4, attachment.length()).executeUpdate();
        }
    }

    /** The stored data of these SHA-2s (those the LRS has), for a multipart answer. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<StoredAttachment> stored(Collection<String> sha2s) {
        if (sha2s.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = em.createNativeQuery("select sha2, blob_sha256, content_type, length from xapi_attachment"
                + " where sha2 = any(cast(?1 as varchar[]))").setParameter(1, sha2s.toArray(String[]::new)).getResultList();
        return rows.stream().map(row -> new StoredAttachment((String) row[0], (String) row[1], (String) row[2],
                ((Number) row[3]).longValue())).toList();
    }

    /** The attachment's bytes from the object store; the caller closes the stream. */
    public InputStream open(StoredAttachment attachment) {
        return store.open(StoredBlob.keyOf(attachment.blobSha256()));
    }

    /** Whether an attachment's bytes are these (the orphan sweep keeps them). */
    @Transactional
    public boolean blobInUse(String sha256) {
        return !em.createNativeQuery("select 1 from xapi_attachment where blob_sha256 = ?1").setParameter(1, sha256)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Attachment data as kept: declared SHA-2, the blob's SHA-256, type and length. */
    public record StoredAttachment(String sha2, String blobSha256, String contentType, long length) {
    }
}
