package vn.tvet.lms.library.packaging;

/**
 * What an uploaded package may hold. A compression ratio above the limit is a zip bomb; archives inside
 * the package are stored as files and never unpacked, so nesting cannot multiply the limits.
 */
public record PackageLimits(int maxEntries, long maxUnpackedBytes, int maxCompressionRatio, int maxPathDepth) {

    public static final PackageLimits DEFAULT = new PackageLimits(10_000, 1024L * 1024 * 1024, 100, 32);
}
