package vn.tvet.lms.contentstore;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails the read that would pass the limit, so an over-large upload stops while it streams instead of
 * after it has been stored. {@link #exceeded()} tells the caller why the upload failed.
 */
final class SizeLimitedInputStream extends FilterInputStream {

    private final long limit;
    private long count;
    private boolean exceeded;

    SizeLimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    private void advance(long n) throws IOException {
        count += n;
        if (count > limit) {
            exceeded = true;
            throw new IOException("Upload exceeds " + limit + " bytes");
        }
    }

    long count() {
        return count;
    }

    boolean exceeded() {
        return exceeded;
    }
}
