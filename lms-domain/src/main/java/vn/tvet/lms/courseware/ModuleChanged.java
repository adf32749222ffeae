package vn.tvet.lms.courseware;

/** A module's searchable state changed (fired inside the changing transaction, for the search queue). */
public record ModuleChanged(long moduleId) {
}
