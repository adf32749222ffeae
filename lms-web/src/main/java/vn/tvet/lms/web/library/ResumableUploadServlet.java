package vn.tvet.lms.web.library;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.learning.PracticalEvidence;
import vn.tvet.lms.learning.TaskEvidence;
import vn.tvet.lms.library.upload.FileNames;
import vn.tvet.lms.library.upload.IncompleteChunkException;
import vn.tvet.lms.library.upload.ResumableUploads;
import vn.tvet.lms.library.upload.UploadSession;

/**
 * Chunked uploads that resume after a dropped connection, for files larger than one chunk:
 * <ul>
 * <li>{@code POST /library/uploads?resource=ID&name=FILE&size=BYTES} begins one (201, with its id and
 * chunk size), after every check that needs no bytes; {@code ?class=ID&step=N&…} instead begins a learner's
 * evidence for the practical task at step N of their class;</li>
 * <li>{@code PUT /library/uploads/{id}?offset=N} sends the chunk starting at N (200 with the bytes received,
 * or 409 with the offset to continue from);</li>
 * <li>{@code GET /library/uploads/{id}} tells how far it got;</li>
 * <li>{@code POST /library/uploads/{id}/finish[?note=TEXT]} records the file as a version, or as the task's
 * evidence (201);</li>
 * <li>{@code DELETE /library/uploads/{id}} gives it up.</li>
 * </ul>
 * A chunk is read whole before it is stored, so a connection that drops mid-chunk records nothing. Bodies
 * are read without holding a thread ({@link ChunkReader}); one that stops sending is answered 408 after
 * {@code lms.library.upload-idle-seconds}.
 */
@WebServlet(urlPatterns = "/library/uploads/*", asyncSupported = true)
public class ResumableUploadServlet extends UploadEndpoint {

    /**
     * Chunks are held in memory while they arrive, in buffers that are reused rather than allocated per
     * chunk; at most this many at once (8 × 8 MiB by default), beyond that the client is asked to retry.
     */
    private static final int CHUNKS_IN_FLIGHT = 8;
    private final BlockingQueue<byte[]> buffers = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
    private final Semaphore inFlight = new Semaphore(CHUNKS_IN_FLIGHT);
    /** Chunks each person is sending now: one person's slow or stalled requests cannot take every slot. */
    private static final System.Logger LOG = System.getLogger(ResumableUploadServlet.class.getName());
    private static final String ACTOR = ResumableUploadServlet.class.getName() + ".actor";
    private static final String LOCALE = ResumableUploadServlet.class.getName() + ".locale";
    private final Map<Long, AtomicInteger> inFlightByPerson = new ConcurrentHashMap<>();
    /** Ends bodies that stopped sending; one thread is plenty, as each check only looks at a timestamp. */
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "chunk-idle-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    ResumableUploads uploads;

    @Inject
    PracticalEvidence evidence;

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
                if (uploads.status(currentUser.viewer(), id.get()).target().isEvidence()) {
                    TaskEvidence handedIn = evidence.finish(currentUser.viewer(), id.get());
                    reply(response, HttpServletResponse.SC_CREATED, Json.createObjectBuilder()
                            .add("id", handedIn.getId().toString())
                            .add("message", text("evidence.done", handedIn.getFileName())).build());
                } else {
                    created(response, files.finish(currentUser.viewer(), id.get(), request.getParameter("note"),
                            settings.uploadLimits()));
                }
            });
        } else {
            reply(response, HttpServletResponse.SC_NOT_FOUND, error("error.404"));
        }
    }

    private void begin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long size = parseId(request.getParameter("size"));
        String fileName = FileNames.sanitise(request.getParameter("name"));
        if (request.getParameter("class") != null) {
            long classId = parseId(request.getParameter("class"));
            long step = parseId(request.getParameter("step"));
            answer(response, -1, () -> reply(response, HttpServletResponse.SC_CREATED, describe(evidence.begin(
                    currentUser.viewer(), classId, (int) Math.min(step, Integer.MAX_VALUE), fileName, Math.max(size, 0),
                    settings.uploadChunkBytes(), settings.uploadLimits()))));
            return;
        }
        long resourceId = parseId(request.getParameter("resource"));
        answer(response, resourceId, () -> {
            UploadSession session = uploads.begin(currentUser.viewer(), resourceId, fileName, Math.max(size, 0),
                    settings.uploadChunkBytes(), settings.uploadLimits());
            reply(response, HttpServletResponse.SC_CREATED, describe(session));
        });
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getDispatcherType() == DispatcherType.ASYNC) {
            storeChunk(request, response);
            return;
        }
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
            AtomicInteger mine = inFlightByPerson.computeIfAbsent(currentUser.getPersonId(), key -> new AtomicInteger());
            if (mine.incrementAndGet() > settings.chunksInFlightPerPerson()) {
                mine.decrementAndGet();
                response.setHeader("Retry-After", "2");
                reply(response, TOO_MANY_REQUESTS, error("library.upload.tooManyChunks"));
                return;
            }
            try {
                // The dispatch that stores the chunk runs without CDI's request and session scopes: take who is
                // acting and in which language now.
                request.setAttribute(ACTOR, currentUser.viewer());
                request.setAttribute(LOCALE, texts.locale());
                readAsync(request, response, expected, mine);
            } catch (RuntimeException | IOException e) {
                mine.decrementAndGet();
                throw e;
            }
        });
    }

    /** Hands the body to a {@link ChunkReader}; the request comes back here (dispatched) once it has ended. */
    private void readAsync(HttpServletRequest request, HttpServletResponse response, int expected, AtomicInteger mine)
            throws IOException {
        AsyncContext async = request.startAsync();
        // Only a very slow link reaches this; the idle watchdog ends stalled bodies long before.
        async.setTimeout(TimeUnit.MINUTES.toMillis(30));
        JsonObject idle = error("library.upload.idle");
        ChunkReader reader = new ChunkReader(async, request.getInputStream(), expected, () -> takeSlot(expected),
                settings.uploadIdleMillis(), watchdog, outcome -> {
                    try {
                        // The rest of the body may still come; the connection is not worth keeping.
                        response.setHeader("Connection", "close");
                        reply(response, HttpServletResponse.SC_REQUEST_TIMEOUT, idle);
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.DEBUG, "Could not answer a stalled chunk: {0}", e.toString());
                    } finally {
                        releaseSlot(outcome);
                        mine.decrementAndGet();
                        async.complete();
                    }
                });
        async.addListener(new AsyncListener() {
            @Override
            public void onTimeout(AsyncEvent event) {
                reader.timedOut();
            }

            @Override
            public void onComplete(AsyncEvent event) {
            }

            @Override
            public void onError(AsyncEvent event) {
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
            }
        });
        reader.start();
    }

    /** Second half of a chunk's request: the body has been read (or given up), the session is updated here. */
    private void storeChunk(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ChunkReader.Outcome outcome = (ChunkReader.Outcome) request.getAttribute(ChunkReader.OUTCOME);
        Viewer actor = (Viewer) request.getAttribute(ACTOR);
        UUID id = sessionId(request.getPathInfo()).orElseThrow();
        long offset = parseId(request.getParameter("offset"));
        try {
            inLocale((java.util.Locale) request.getAttribute(LOCALE), () -> answer(response, -1, () -> {
                switch (outcome.ending()) {
                    case READ -> reply(response, HttpServletResponse.SC_OK, describe(uploads.receive(actor,
                            id, offset, outcome.buffer(), outcome.length())));
                    case BUSY -> {
                        response.setHeader("Retry-After", "2");
                        reply(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, error("library.upload.busy"));
                    }
                    case IDLE -> throw new IllegalStateException("an idle chunk is answered by the watchdog");
                    case INCOMPLETE -> reply(response, HttpServletResponse.SC_BAD_REQUEST,
                            error("library.upload.incompleteChunk"));
                }
            }));
        } finally {
            releaseSlot(outcome);
            inFlightByPerson.get(actor.personId()).decrementAndGet();
        }
    }

    @Override
    public void destroy() {
        watchdog.shutdownNow();
        super.destroy();
    }

    /** A buffer of the configured chunk size (pooled) while a slot is free, or null when none is. */
    private byte[] takeSlot(int expected) {
        if (!inFlight.tryAcquire()) {
            return null;
        }
        byte[] pooled = buffers.poll();
        if (pooled != null && pooled.length >= expected) {
            return pooled;
        }
        return new byte[Math.max(expected, settings.uploadChunkBytes())];
    }

    /**
     * Frees the slot the reading took. Only a buffer read to its end goes back to the pool: after an idle
     * give-up the reader may still be writing into it.
     */
    private void releaseSlot(ChunkReader.Outcome outcome) {
        if (outcome.buffer() == null) {
            return;
        }
        if (outcome.ending() == ChunkReader.Ending.READ && outcome.buffer().length == settings.uploadChunkBytes()) {
            buffers.offer(outcome.buffer());
        }
        inFlight.release();
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
