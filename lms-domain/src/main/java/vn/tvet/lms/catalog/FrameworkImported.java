package vn.tvet.lms.catalog;

/** A framework version was stored (fired inside the importing transaction, for the search queue). */
public record FrameworkImported(long frameworkId) {
}
