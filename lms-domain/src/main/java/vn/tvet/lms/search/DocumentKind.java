package vn.tvet.lms.search;

/** What a search result is: a library item, a module, a programme, or a competency framework. */
public enum DocumentKind {
    RESOURCE,
    MODULE,
    PROGRAMME,
    FRAMEWORK
}
