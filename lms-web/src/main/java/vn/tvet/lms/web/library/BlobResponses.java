package vn.tvet.lms.web.library;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import vn.tvet.lms.library.DownloadableFile;
import vn.tvet.lms.storage.ContentStore;

/** Streams stored bytes to a response, honouring a single HTTP Range (206), or answering 416 past the end. */
public final class BlobResponses {

    private static final System.Logger LOG = System.getLogger(BlobResponses.class.getName());

    private BlobResponses() {
    }

    /**
     * One file of an unpacked package at {@code path}: inline, except files that must never run as code here (sent
     * as attachments); 503 when the store cannot give it.
     */
    public static void packageFile(ContentStore store, HttpServletRequest request, HttpServletResponse response,
            DownloadableFile file, String path) throws IOException {
        boolean opaque = vn.tvet.lms.library.packaging.PackagePaths.neverAsCode(path);
        String disposition = (opaque ? "attachment" : "inline") + "; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        try {
            stream(store, request, response, file, disposition);
        } catch (vn.tvet.lms.storage.ContentStoreException e) {
            LOG.log(System.Logger.Level.WARNING, "Package file of resource {0} unavailable: {1}", file.resourceId(),
                    e.getMessage());
            if (!response.isCommitted()) {
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            }
        }
    }

    public static void stream(ContentStore store, HttpServletRequest request, HttpServletResponse response,
            DownloadableFile file, String disposition) throws IOException {
        long size = file.blob().size();
        response.setHeader("Accept-Ranges", "bytes");
        response.setHeader("Content-Disposition", disposition);
        response.setContentType(file.mediaType());
        ByteRange.Request wanted = ByteRange.parse(request.getHeader("Range"), size);
        if (wanted instanceof ByteRange.Unsatisfiable) {
            response.setHeader("Content-Range", "bytes */" + size);
            response.sendError(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
            return;
        }
        InputStream content;
        if (wanted instanceof ByteRange.Part part) {
            response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setHeader("Content-Range", part.range().contentRange(size));
            response.setContentLengthLong(part.range().length());
            content = store.open(file.blob().key(), part.range().first(), part.range().length());
        } else {
            response.setContentLengthLong(size);
            content = size == 0 ? InputStream.nullInputStream() : store.open(file.blob().key());
        }
        try (InputStream in = content; OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }
}
