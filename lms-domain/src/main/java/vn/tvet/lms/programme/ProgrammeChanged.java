package vn.tvet.lms.programme;

/** A programme's searchable state changed (fired inside the changing transaction, for the search queue). */
public record ProgrammeChanged(long programmeId) {
}
