package vn.tvet.lms.library.packaging;

import java.util.List;

/** A package after safe unpacking: every file, stored, and the file a player opens first. */
public record UnpackedPackage(String entryPoint, List<UnpackedEntry> entries) {

    public UnpackedPackage {
        entries = List.copyOf(entries);
    }
}
