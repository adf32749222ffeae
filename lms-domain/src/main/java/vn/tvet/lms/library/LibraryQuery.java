package vn.tvet.lms.library;

import vn.tvet.lms.catalog.TrainingLevel;

/**
 * What a person filters the library by; every field is optional. {@code titleContains} is a plain
 * substring filter for the list screens; full-text search belongs to the search module.
 */
public record LibraryQuery(ResourceType type, String occupationCode, TrainingLevel level, Licence licence,
        Long ownerId, String language, String titleContains) {

    public static final LibraryQuery ALL = new LibraryQuery(null, null, null, null, null, null, null);
}
