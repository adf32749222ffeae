package vn.tvet.lms.web.library;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One satisfiable byte range of an HTTP {@code Range} header, for seeking in video and resuming
 * downloads. Several ranges are answered with the whole file (RFC 9110 lets a server ignore Range), which
 * also defeats the many-overlapping-ranges attack.
 */
public record ByteRange(long first, long last) {

    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** The outcome of reading a Range header against a file of a known size. */
    public sealed interface Request {
    }

    /** No Range header, several ranges, or a malformed one: send the whole file with 200. */
    public record Whole() implements Request {
    }

    /** Send this part with 206. */
    public record Part(ByteRange range) implements Request {
    }

    /** The range starts past the end: 416 with {@code Content-Range: bytes *\/size}. */
    public record Unsatisfiable() implements Request {
    }

    public long length() {
        return last - first + 1;
    }

    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    public static Request parse(String header, long size) {
        if (header == null || header.contains(",")) {
            return new Whole();
        }
        Matcher matcher = SINGLE.matcher(header.strip());
        if (!matcher.matches()) {
            return new Whole();
        }
        String from = matcher.group(1);
        String to = matcher.group(2);
        // Digits too long for a long make the header malformed rather than crashing the request.
        if (from.isEmpty() && to.isEmpty() || from.length() > 18 || to.length() > 18) {
            return new Whole();
        }
        if (from.isEmpty()) {
            // "bytes=-500": the last 500 bytes
            long suffix = Math.min(Long.parseLong(to), size);
            return suffix == 0 ? new Unsatisfiable() : new Part(new ByteRange(size - suffix, size - 1));
        }
        long first = Long.parseLong(from);
        if (first >= size) {
            return new Unsatisfiable();
        }
        long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
        return last < first ? new Whole() : new Part(new ByteRange(first, last));
    }
}
