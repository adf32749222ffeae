package vn.tvet.lms.web.library;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads one chunk's body without holding a request thread: bytes are taken as they arrive, a buffer (an
 * upload slot) is taken only when the first bytes flow, and a body that stops sending for the idle time is
 * given up. When reading ends in a container callback, the request is dispatched back to the servlet with
 * the {@link Outcome} in a request attribute, so the answer is written where the request's scopes apply. An
 * idle give-up happens on the watchdog's thread, where no request scope can be had: it goes to
 * {@code giveUp}, which answers from what it prepared beforehand.
 */
final class ChunkReader implements ReadListener {

    static final String OUTCOME = ChunkReader.class.getName() + ".outcome";
    private static final System.Logger LOG = System.getLogger(ChunkReader.class.getName());

    /**
     * How the reading ended; {@code buffer} holds the chunk's {@code length} bytes when {@link Ending#READ},
     * and is null when no slot was taken.
     */
    record Outcome(Ending ending, byte[] buffer, int length) {
    }

    enum Ending {
        /** Exactly the expected bytes arrived. */
        READ,
        /** The body ended early, was longer than announced, or the connection broke. */
        INCOMPLETE,
        /** No byte arrived for the idle time. */
        IDLE,
        /** Every upload slot was taken when the bytes began to flow. */
        BUSY
    }

    private final AsyncContext async;
    private final ServletInputStream body;
    private final int expected;
    private final Supplier<byte[]> slots;
    private final long idleNanos;
    private final ScheduledExecutorService watchdog;
    private final Consumer<Outcome> giveUp;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final byte[] overflow = new byte[1];
    private byte[] buffer;
    private int read;
    private volatile long lastProgress = System.nanoTime();

    /**
     * @param slots gives a buffer of at least {@code expected} bytes, or null when every slot is taken
     */
    ChunkReader(AsyncContext async, ServletInputStream body, int expected, Supplier<byte[]> slots, long idleMillis,
            ScheduledExecutorService watchdog, Consumer<Outcome> giveUp) {
        this.async = async;
        this.body = body;
        this.expected = expected;
        this.slots = slots;
        this.idleNanos = TimeUnit.MILLISECONDS.toNanos(idleMillis);
        this.watchdog = watchdog;
        this.giveUp = giveUp;
    }

    void start() {
        watchdog.schedule(this::checkIdle, TimeUnit.NANOSECONDS.toMillis(idleNanos), TimeUnit.MILLISECONDS);
        body.setReadListener(this);
    }

    @Override
    public void onDataAvailable() throws IOException {
        while (!ended.get() && body.isReady()) {
            if (buffer == null) {
                buffer = slots.get();
                if (buffer == null) {
                    end(Ending.BUSY);
                    return;
                }
            }
            int n = read < expected ? body.read(buffer, read, expected - read) : body.read(overflow, 0, 1);
            if (n == -1) {
                return;
            }
            if (n > 0) {
                if (read >= expected) {
                    end(Ending.INCOMPLETE);
                    return;
                }
                read += n;
                lastProgress = System.nanoTime();
            }
        }
    }

    @Override
    public void onAllDataRead() {
        end(read == expected ? Ending.READ : Ending.INCOMPLETE);
    }

    @Override
    public void onError(Throwable failure) {
        // The client went away mid-chunk; it will ask where to continue from when it is back.
        LOG.log(Level.DEBUG, "Chunk lost after {0} of {1} bytes: {2}", read, expected, failure.toString());
        end(Ending.INCOMPLETE);
    }

    /** Called when the whole request took longer than its async timeout, which only a very slow body reaches. */
    void timedOut() {
        end(Ending.IDLE);
    }

    private void checkIdle() {
        if (ended.get()) {
            return;
        }
        long quiet = System.nanoTime() - lastProgress;
        if (quiet >= idleNanos) {
            LOG.log(Level.DEBUG, "Chunk idle after {0} of {1} bytes; given up", read, expected);
            end(Ending.IDLE);
        } else {
            watchdog.schedule(this::checkIdle, idleNanos - quiet, TimeUnit.NANOSECONDS);
        }
    }

    private void end(Ending ending) {
        if (!ended.compareAndSet(false, true)) {
            return;
        }
        Outcome outcome = new Outcome(ending, buffer, expected);
        if (ending == Ending.IDLE) {
            giveUp.accept(outcome);
        } else {
            async.getRequest().setAttribute(OUTCOME, outcome);
            async.dispatch();
        }
    }
}
