package vn.tvet.lms.localservices;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * S3Proxy on loopback with its objects as files in a directory: a real S3 endpoint (V4 signatures,
 * multipart, ranged GET, presigned URLs) with no server to install. It can be stopped and started
 * again on the same port, to test what the application does while its store is away.
 */
public final class LocalObjectStore implements AutoCloseable {

    /** Credentials of the local server; they guard nothing but loopback and are not secrets. */
    public static final String ACCESS_KEY = "lms-local";
    public static final String SECRET_KEY = "lms-local-secret";

    private final Path dataDir;
    private int port;
    private BlobStoreContext blobs;
    private S3Proxy server;
    private boolean running;

    private LocalObjectStore(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Starts on {@code port} (0 for any free port) with its objects under {@code dataDir}. */
    public static LocalObjectStore start(Path dataDir, int port) throws IOException {
        Files.createDirectories(dataDir);
        LocalObjectStore store = new LocalObjectStore(dataDir, port == 0 ? FreePorts.any() : port);
        store.startServer();
        return store;
    }

    /**
     * Pages fetch large PDFs and 3D models by script from presigned URLs on this server's origin. The
     * signed URL is the only credential, so any origin may read with it; nothing else is allowed. Production
     * MinIO answers CORS for every origin by default (its {@code api cors_allow_origin} setting).
     */
    private static final CrossOriginResourceSharing PRESIGNED_READS_FROM_ANY_PAGE = new CrossOriginResourceSharing(
            List.of("*"), List.of("GET", "HEAD"), List.of("Range"),
            List.of("Accept-Ranges", "Content-Range", "Content-Length", "Content-Type", "ETag"), "false");

    private void startServer() throws IOException {
        Properties jclouds = new Properties();
        jclouds.setProperty("jclouds.filesystem.basedir", dataDir.toString());
        blobs = ContextBuilder.newBuilder("filesystem-nio2").credentials("unused", "unused").overrides(jclouds)
                .build(BlobStoreContext.class);
        server = S3Proxy.builder()
                .blobStore(blobs.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .corsRules(PRESIGNED_READS_FROM_ANY_PAGE)
                .build();
        try {
            server.start();
        } catch (Exception e) {
            blobs.close();
            throw new IOException("Cannot start the S3 server on port " + port, e);
        }
        running = true;
    }

    /** Takes the server away; {@link #restart()} brings it back on the same port and directory. */
    public void stop() throws IOException {
        running = false;
        try {
            server.stop();
        } catch (Exception e) {
            throw new IOException("Cannot stop the S3 server", e);
        } finally {
            blobs.close();
        }
    }

    public void restart() throws IOException {
        startServer();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws IOException {
        if (running) {
            stop();
        }
    }
}
