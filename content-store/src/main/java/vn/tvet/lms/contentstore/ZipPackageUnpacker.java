package vn.tvet.lms.contentstore;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypes;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.packaging.CourseStructure;
import vn.tvet.lms.library.packaging.PackageLimits;
import vn.tvet.lms.library.packaging.PackagePaths;
import vn.tvet.lms.library.packaging.PackageRejectedException;
import vn.tvet.lms.library.packaging.PackageRejectedException.Reason;
import vn.tvet.lms.library.packaging.PackageUnpacker;
import vn.tvet.lms.library.packaging.ScormManifest;
import vn.tvet.lms.library.packaging.UnpackedEntry;
import vn.tvet.lms.library.packaging.UnpackedPackage;
import vn.tvet.lms.storage.ContentStore;
import vn.tvet.lms.storage.ContentStoreException;
import vn.tvet.lms.storage.StoredBlob;

/**
 * Unpacks ZIP packages straight from the store into the store. Every check runs before a file is
 * stored: the central directory is read first (paths, symlinks, entry count, declared sizes), then each
 * file is streamed through counters that stop it at the size and compression-ratio limits, since
 * declared sizes can lie. A refused package leaves only unreferenced blobs, which the orphan sweep removes.
 */
public final class ZipPackageUnpacker implements PackageUnpacker {

    /** Real manifests are kilobytes; a larger one is refused rather than parsed. */
    private static final int MAX_MANIFEST_BYTES = 8 * 1024 * 1024;

    private final ContentStore store;
    private final MimeTypes types = MimeTypes.getDefaultMimeTypes();

    public ZipPackageUnpacker(ContentStore store) {
        this.store = store;
    }

    @Override
    public UnpackedPackage unpack(StoredBlob archive, ResourceType type, PackageLimits limits) {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new StoredObjectChannel(store, archive.key(), archive.size()))
                .setIgnoreLocalFileHeader(false).get()) {
            Map<String, ZipArchiveEntry> files = inspect(zip, limits);
            String prefix = commonFolder(files.keySet());
            String entryPoint = findEntryPoint(zip, files, prefix, type);
            List<UnpackedEntry> entries = new ArrayList<>();
            long[] unpacked = {0};
            for (Map.Entry<String, ZipArchiveEntry> file : files.entrySet()) {
                String path = file.getKey().substring(prefix.length());
                try (InputStream in = new Guarded(zip.getInputStream(file.getValue()), file.getValue(), limits, unpacked)) {
                    StoredBlob blob = store.putContentAddressed(in, limits.maxUnpackedBytes(), "application/octet-stream");
                    entries.add(new UnpackedEntry(path, blob, mediaTypeOf(path)));
                } catch (ContentStoreException e) {
                    if (e.getCause() instanceof PackageLimitIOException limit) {
                        throw limit.rejection;
                    }
                    throw e;
                }
            }
            return new UnpackedPackage(entryPoint.substring(prefix.length()), entries);
        } catch (IOException e) {
            throw new PackageRejectedException(Reason.NOT_A_ZIP, e.getMessage());
        }
    }

    /** Checks the central directory; returns the files (not folders) by path, in order. */
    private static Map<String, ZipArchiveEntry> inspect(ZipFile zip, PackageLimits limits) {
        Map<String, ZipArchiveEntry> files = new TreeMap<>();
        int count = 0;
        long declared = 0;
        for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
            if (++count > limits.maxEntries()) {
                throw new PackageRejectedException(Reason.TOO_MANY_ENTRIES, "more than " + limits.maxEntries());
            }
            if (entry.isUnixSymlink()) {
                throw new PackageRejectedException(Reason.SYMLINK, entry.getName());
            }
            String path = PackagePaths.safe(entry.getName(), limits.maxPathDepth());
            if (path == null) {
                throw new PackageRejectedException(Reason.UNSAFE_PATH, entry.getName());
            }
            if (entry.getSize() > 0) {
                declared += entry.getSize();
            }
            if (declared > limits.maxUnpackedBytes()) {
                throw new PackageRejectedException(Reason.TOO_LARGE, "declared " + declared + " bytes");
            }
            if (!entry.isDirectory()) {
                files.put(path, entry);
            }
        }
        return files;
    }

    /** A package zipped from its folder has every file under one top folder; the player should not care. */
    private static String commonFolder(java.util.Set<String> paths) {
        String first = paths.stream().findFirst().orElse("");
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = first.substring(0, slash + 1);
        return paths.stream().allMatch(p -> p.startsWith(folder)) ? folder : "";
    }

    private String findEntryPoint(ZipFile zip, Map<String, ZipArchiveEntry> files, String prefix, ResourceType type)
            throws IOException {
        if (type == ResourceType.SCORM_PACKAGE) {
            ZipArchiveEntry manifest = files.get(prefix + "imsmanifest.xml");
            if (manifest == null) {
                boolean elsewhere = files.keySet().stream().anyMatch(p -> p.endsWith("/imsmanifest.xml"));
                throw new PackageRejectedException(elsewhere ? Reason.MANIFEST_IN_SUBFOLDER : Reason.NO_MANIFEST,
                        "imsmanifest.xml");
            }
            byte[] xml = small(zip, manifest);
            String href = ScormManifest.entryPoint(new java.io.ByteArrayInputStream(xml));
            String launch = href.split("[?#]", 2)[0];
            if (PackagePaths.safe(launch, 32) == null || !files.containsKey(prefix + launch)) {
                throw new PackageRejectedException(Reason.NO_ENTRY_POINT, href);
            }
            return prefix + launch;
        }
        if (type == ResourceType.CMI5_PACKAGE) {
            // cmi5 section 14.1: the course structure sits at the root of the ZIP, named cmi5.xml
            ZipArchiveEntry structure = files.get(CourseStructure.FILE);
            if (structure == null) {
                throw new PackageRejectedException(Reason.NO_COURSE_STRUCTURE, CourseStructure.FILE);
            }
            CourseStructure.read(new java.io.ByteArrayInputStream(small(zip, structure)), files::containsKey);
            return CourseStructure.FILE;
        }
        if (!files.containsKey(prefix + "index.html")) {
            throw new PackageRejectedException(Reason.NO_ENTRY_POINT, "index.html");
        }
        return prefix + "index.html";
    }

    /** A manifest or course structure: kilobytes in real packages, refused past 8 MB rather than parsed. */
    private static byte[] small(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        byte[] xml;
        try (InputStream in = zip.getInputStream(entry)) {
            xml = in.readNBytes(MAX_MANIFEST_BYTES + 1);
        }
        if (xml.length > MAX_MANIFEST_BYTES) {
            throw new PackageRejectedException(Reason.MANIFEST_MALFORMED, entry.getName() + " larger than 8 MB");
        }
        return xml;
    }

    private String mediaTypeOf(String path) {
        if (PackagePaths.neverAsCode(path)) {
            return "application/octet-stream";
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, path);
        try {
            return types.detect(null, named).getBaseType().toString();
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** Carries a limit breach through the store's stream reading, which only knows IOException. */
    private static final class PackageLimitIOException extends IOException {
        private final transient PackageRejectedException rejection;

        PackageLimitIOException(PackageRejectedException rejection) {
            super(rejection.getMessage());
            this.rejection = rejection;
        }
    }

    /** Counts what one entry really inflates to, against the package's total and the entry's ratio. */
    private static final class Guarded extends FilterInputStream {
        private final long compressed;
        private final PackageLimits limits;
        private final long[] total;
        private final String name;
        private long read;

        Guarded(InputStream in, ZipArchiveEntry entry, PackageLimits limits, long[] total) {
            super(in);
            this.compressed = Math.max(entry.getCompressedSize(), 1);
            this.limits = limits;
            this.total = total;
            this.name = entry.getName();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            total[0] += n;
            if (total[0] > limits.maxUnpackedBytes()) {
                throw new PackageLimitIOException(new PackageRejectedException(Reason.TOO_LARGE, name));
            }
            // Small files compress well legitimately; the ratio only matters once an entry is sizeable.
            if (read > 1024 * 1024 && read / compressed > limits.maxCompressionRatio()) {
                throw new PackageLimitIOException(new PackageRejectedException(Reason.COMPRESSION_RATIO, name));
            }
        }
    }
}
