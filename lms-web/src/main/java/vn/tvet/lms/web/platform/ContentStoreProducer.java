package vn.tvet.lms.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.lang.System.Logger.Level;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.tvet.lms.contentstore.MinioContentStore;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;

/**
 * Connects the {@link ContentStore} port to the configured S3-compatible server. The defaults match the
 * local run's S3Proxy; production sets LMS_STORAGE_ENDPOINT, LMS_STORAGE_ACCESS_KEY,
 * LMS_STORAGE_SECRET_KEY and LMS_STORAGE_BUCKET.
 */
@ApplicationScoped
public class ContentStoreProducer {

    private static final System.Logger LOG = System.getLogger(ContentStoreProducer.class.getName());

    @Inject
    @ConfigProperty(name = "lms.storage.endpoint", defaultValue = "http://127.0.0.1:9000")
    String endpoint;

    @Inject
    @ConfigProperty(name = "lms.storage.access-key", defaultValue = "lms-local")
    String accessKey;

    @Inject
    @ConfigProperty(name = "lms.storage.secret-key", defaultValue = "lms-local-secret")
    String secretKey;

    @Inject
    @ConfigProperty(name = "lms.storage.bucket", defaultValue = "tvet-lms")
    String bucket;

    /** A pseudo-scoped singleton: the adapter is final and needs no client proxy. */
    @Produces
    @Singleton
    @Typed(MinioContentStore.class)
    MinioContentStore contentStore() {
        MinioContentStore store = new MinioContentStore(endpoint, accessKey, secretKey, bucket);
        try {
            store.ensureBucket();
        } catch (ContentStoreException e) {
            // The app still starts without its store: pages that need no bytes keep working, /health says DOWN.
            LOG.log(Level.WARNING, "Object store not ready at start: {0}", e.getMessage());
        }
        return store;
    }

    @Produces
    ContentStore port(MinioContentStore store) {
        return store;
    }

    void close(@Disposes MinioContentStore store) {
        store.close();
    }
}
