package vn.tvet.lms.web.xapi;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.tvet.lms.xapi.AttachmentData;
import vn.tvet.lms.xapi.LrsAttachments;
import vn.tvet.lms.xapi.StatementRejectedException;

/**
 * Statements with attachment data as multipart/mixed (RFC 2046, Communication 1.5.2): the first part the statements
 * as application/json, each further part an attachment's raw bytes with X-Experience-API-Hash and
 * Content-Transfer-Encoding: binary. Reads requests and writes answers.
 */
final class MultipartMixed {

    /** The statements (JSON text) and attachment parts of a request. */
    record Request(String json, List<AttachmentData> parts) {
    }

    private MultipartMixed() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/mixed");
    }

    static Request read(byte[] body, String contentType) {
        String boundary = boundary(contentType);
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<byte[]> sections = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) {
            throw new StatementRejectedException("multipart", "no part starts with the declared boundary");
        }
        while (true) {
            int start = at + delimiter.length;
            if (start + 1 < body.length && body[start] == '-' && body[start + 1] == '-') {
                break;
            }
            start = skipLineEnd(body, start);
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), start);
            if (next < 0) {
                throw new StatementRejectedException("multipart", "the last part is not closed by the boundary");
            }
            byte[] section = new byte[next - start];
            System.arraycopy(body, start, section, 0, section.length);
            sections.add(section);
            at = next + 2;
        }
        if (sections.isEmpty()) {
            throw new StatementRejectedException("multipart", "there is no statements part");
        }
        Part first = part(sections.get(0));
        if (!first.type().startsWith("application/json")) {
            throw new StatementRejectedException("multipart", "the first part holds the statements as application/json");
        }
        List<AttachmentData> parts = new ArrayList<>();
        for (byte[] section : sections.subList(1, sections.size())) {
            Part part = part(section);
            String hash = part.headers().get("x-experience-api-hash");
            if (hash == null || hash.isBlank()) {
                throw new StatementRejectedException("multipart", "each attachment part needs X-Experience-API-Hash");
            }
            if (!"binary".equalsIgnoreCase(part.headers().getOrDefault("content-transfer-encoding", "").strip())) {
                throw new StatementRejectedException("multipart", "each attachment part needs Content-Transfer-Encoding: binary");
            }
            parts.add(new AttachmentData(hash, part.type().isEmpty() ? "application/octet-stream" : part.type(), part.body()));
        }
        return new Request(new String(first.body(), StandardCharsets.UTF_8), parts);
    }

    /** Writes the JSON and the attachments' bytes as a multipart/mixed answer. */
    static void write(HttpServletResponse response, String json, List<LrsAttachments.StoredAttachment> attachments,
            Function<LrsAttachments.StoredAttachment, InputStream> open) throws IOException {
        String boundary = "xapi-" + UUID.randomUUID();
        response.setStatus(200);
        response.setContentType("multipart/mixed; boundary=" + boundary);
        OutputStream out = response.getOutputStream();
        out.write(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(json.getBytes(StandardCharsets.UTF_8));
        for (LrsAttachments.StoredAttachment attachment : attachments) {
            out.write(("\r\n--" + boundary + "\r\nContent-Type: " + attachment.contentType()
                    + "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + attachment.sha2() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            try (InputStream data = open.apply(attachment)) {
                data.transferTo(out);
            }
        }
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    private record Part(Map<String, String> headers, String type, byte[] body) {
    }

    private static Part part(byte[] section) {
        int end = indexOf(section, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        int bodyStart;
        String head;
        if (end < 0 && section.length >= 2 && section[0] == '\r' && section[1] == '\n') {
            head = "";
            bodyStart = 2;
        } else if (end < 0) {
            throw new StatementRejectedException("multipart", "a part has no blank line after its headers");
        } else {
            head = new String(section, 0, end, StandardCharsets.ISO_8859_1);
            bodyStart = end + 4;
        }
        Map<String, String> headers = new HashMap<>();
        for (String line : head.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(section, bodyStart, section.length - bodyStart);
        return new Part(headers, headers.getOrDefault("content-type", "").toLowerCase(Locale.ROOT), body.toByteArray());
    }

    private static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.strip();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                return value.startsWith("\"") && value.endsWith("\"") && value.length() > 1
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        throw new StatementRejectedException("Content-Type", "multipart/mixed needs a boundary");
    }

    private static int skipLineEnd(byte[] body, int at) {
        while (at < body.length && (body[at] == ' ' || body[at] == '\t')) {
            at++;
        }
        if (at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n') {
            return at + 2;
        }
        return at;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
