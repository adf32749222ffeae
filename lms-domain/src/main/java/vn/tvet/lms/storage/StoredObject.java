package vn.tvet.lms.storage;

/** An object as written: its key and how many bytes it holds. */
public record StoredObject(String key, long size) {
}
