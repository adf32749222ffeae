package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import vn.tvet.lms.library.FileNames;
import vn.tvet.lms.library.IncompleteChunkException;
import vn.tvet.lms.library.ResumableUploads;
import vn.tvet.lms.library.ResumableUploads.AssembledUpload;
import vn.tvet.lms.library.UploadRules;
import vn.tvet.lms.library.UploadSession;

/**
 * Chunked uploads that resume after a dropped connection, for files larger than one chunk:
 * <ul>
 * <li>{@code POST /library/uploads?resource=ID&name=FILE&size=BYTES} begins one (201, with its id and
 * chunk size), after every check that needs no bytes;</li>
 * <li>{@code PUT /library/uploads/{id}?offset=N} sends the chunk starting at N (200 with the bytes received,
 * or 409 with the offset to continue from);</li>
 * <li>{@code GET /library/uploads/{id}} tells how far it got;</li>
 * <li>{@code POST /library/uploads/{id}/finish[?note=TEXT]} records the file as a version (201);</li>
 * <li>{@code DELETE /library/uploads/{id}} gives it up.</li>
 * </ul>
 * A chunk is read whole before it is stored, so a connection that drops mid-chunk records nothing.
 */
@WebServlet("/library/uploads/*")
public class ResumableUploadServlet extends UploadEndpoint {

    private static final System.Logger LOG = System.getLogger(ResumableUploadServlet.class.getName());

    /**
     * Chunks are held in memory while they arrive, in buffers that are reused rather than allocated per
     * chunk; at most this many at once (8 × 8 MiB by default), beyond that the client is asked to retry.
     */
    private static final int CHUNKS_IN_FLIGHT = 8;
    private final BlockingQueue<byte[]> buffers = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
    /** Chunks each person is sending now: one person's slow or stalled requests cannot take every slot. */
    private final java.util.concurrent.ConcurrentHashMap<Long, java.util.concurrent.atomic.AtomicInteger> inFlightByPerson =
            new java.util.concurrent.ConcurrentHashMap<>();

    @Inject
    ResumableUploads uploads;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromUploadScript(request)) {
            reply(response, HttpServletResponse.SC_FORBIDDEN, error("library.upload.forbidden"));
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        if ("/".equals(path)) {
            begin(request, response);
        } else if (path.endsWith("/finish")) {
            Optional<UUID> id = sessionId(path.substring(0, path.length() - "/finish".length()));
            if (id.isEmpty()) {
                reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
                return;
            }
            answer(response, -1, () -> {
                // Checked before the parts are joined, so the session stays for a retry with a shorter note.
                UploadRules.checkNote(request.getParameter("note"));
                AssembledUpload upload = uploads.finish(currentUser.viewer(), id.get());
                recordVersion(response, upload.resourceId(), upload.blob(), upload.fileName(), upload.detected(),
                        request.getParameter("note"));
            });
        } else {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
        }
    }

    private void begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long resourceId = parseId(request.getParameter("resource"));
        long size = parseId(request.getParameter("size"));
        String fileName = FileNames.sanitise(request.getParameter("name"));
        answer(response, resourceId, () -> {
            UploadSession session = uploads.begin(currentUser.viewer(), resourceId, fileName, Math.max(size, 0),
                    settings.maxUploadBytes(), settings.uploadChunkBytes(), settings.quotaLimits());
            reply(response, HttpServletResponse.SC_CREATED, describe(session));
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> id = changeableSession(request, response);
        if (id.isEmpty()) {
            return;
        }
        long offset = parseId(request.getParameter("offset"));
        answer(response, -1, () -> {
            int expected = uploads.expectedChunkLength(currentUser.viewer(), id.get(), offset);
            long declared = request.getContentLengthLong();
            if (declared != -1 && declared != expected) {
                throw new IncompleteChunkException(id.get(), offset, (int) Math.min(declared, Integer.MAX_VALUE), expected);
            }
            long person = currentUser.getPersonId();
            java.util.concurrent.atomic.AtomicInteger mine = inFlightByPerson.computeIfAbsent(person,
                    key -> new java.util.concurrent.atomic.AtomicInteger());
            if (mine.incrementAndGet() > settings.chunksInFlightPerPerson()) {
                mine.decrementAndGet();
                response.setHeader("Retry-After", "2");
                reply(response, 429, error("library.upload.tooManyChunks"));
                return;
            }
            if (!inFlight.tryAcquire()) {
                mine.decrementAndGet();
                response.setHeader("Retry-After", "2");
                reply(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("library.upload.busy"));
                return;
            }
            byte[] buffer = buffer(expected);
            try {
                readChunk(request.getInputStream(), buffer, id.get(), offset, expected);
                UploadSession session = uploads.receive(currentUser.viewer(), id.get(), offset, buffer, expected);
                reply(response, HttpServletResponse.SC_OK, describe(session));
            } finally {
                if (buffer.length == settings.uploadChunkBytes()) {
                    buffers.offer(buffer);
                }
                inFlight.release();
                mine.decrementAndGet();
            }
        });
    }

    /** Exactly {@code expected} bytes, or nothing: a chunk cut short by a dropped connection is not kept. */
    /** A pooled buffer of the configured chunk size, or a fresh one for a session begun with a larger size. */
    private byte[] buffer(int expected) {
        byte[] pooled = buffers.poll();
        if (pooled != null && pooled.length >= expected) {
            return pooled;
        }
        return new byte[Math.max(expected, settings.uploadChunkBytes())];
    }

    private static void readChunk(InputStream body, byte[] chunk, UUID id, long offset, int expected) {
        int read = 0;
        try {
            while (read < expected) {
                int n = body.read(chunk, read, expected - read);
                if (n == -1) {
                    break;
                }
                read += n;
            }
            if (read == expected && body.read() == -1) {
                return;
            }
        } catch (IOException e) {
            // The client went away mid-chunk; it will ask where to continue from when it is back.
            LOG.log(Level.DEBUG, "Upload {0}: connection lost after {1} of {2} bytes at {3}", id, read, expected, offset);
        }
        throw new IncompleteChunkException(id, offset, read, expected);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> id = sessionId(request.getPathInfo());
        if (id.isEmpty()) {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
            return;
        }
        answer(response, -1, () -> reply(response, HttpServletResponse.SC_OK,
                describe(uploads.status(currentUser.viewer(), id.get()))));
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> id = changeableSession(request, response);
        if (id.isEmpty()) {
            return;
        }
        answer(response, -1, () -> {
            uploads.cancel(currentUser.viewer(), id.get());
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        });
    }

    /** The session a changing request names, once it came from the upload script; otherwise answered here. */
    private Optional<UUID> changeableSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<UUID> id = sessionId(request.getPathInfo());
        if (id.isEmpty()) {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
        } else if (!fromUploadScript(request)) {
            reply(response, HttpServletResponse.SC_FORBIDDEN, error("library.upload.forbidden"));
            return Optional.empty();
        }
        return id;
    }

    private static JsonObject describe(UploadSession session) {
        return Json.createObjectBuilder()
                .add("id", session.getId().toString())
                .add("chunkBytes", session.getChunkBytes())
                .add("received", session.getReceivedBytes())
                .add("total", session.getTotalBytes()).build();
    }

    private static Optional<UUID> sessionId(String path) {
        if (path == null || path.length() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(path.substring(1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
