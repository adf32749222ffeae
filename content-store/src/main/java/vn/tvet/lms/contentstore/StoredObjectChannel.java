package vn.tvet.lms.contentstore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import vn.tvet.lms.storage.ContentStore;

/**
 * Random access to a stored object through ranged reads, a block at a time, so a ZIP's central directory
 * (at its end) can be read without downloading the archive to the app's memory or disk.
 */
final class StoredObjectChannel implements SeekableByteChannel {

    private static final int BLOCK = 1024 * 1024;

    private final ContentStore store;
    private final String key;
    private final long size;
    private long position;
    private long blockStart = -1;
    private byte[] block = new byte[0];
    private boolean open = true;

    StoredObjectChannel(ContentStore store, String key, long size) {
        this.store = store;
        this.key = key;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer destination) throws IOException {
        if (position >= size) {
            return -1;
        }
        if (blockStart < 0 || position < blockStart || position >= blockStart + block.length) {
            blockStart = position;
            int length = (int) Math.min(BLOCK, size - position);
            try (InputStream in = store.open(key, position, length)) {
                block = in.readNBytes(length);
            }
            if (block.length == 0) {
                throw new IOException("Object " + key + " ended before its size " + size);
            }
        }
        int offset = (int) (position - blockStart);
        int count = Math.min(destination.remaining(), block.length - offset);
        destination.put(block, offset, count);
        position += count;
        return count;
    }

    @Override
    public int write(ByteBuffer source) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long newSize) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
