package vn.tvet.lms.search;

/** The dimensions a search result can be narrowed by; each has counts for the viewer's own results. */
public enum Facet {
    /** Library item, module, programme or framework. */
    KIND,
    TYPE,
    OCCUPATION,
    LEVEL,
    LICENCE,
    SCHOOL,
    LANGUAGE
}
