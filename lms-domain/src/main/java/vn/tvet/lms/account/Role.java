package vn.tvet.lms.account;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a person may do. Institutional roles are held in one school; network roles span the whole
 * installation. The enum names double as Jakarta Security group names.
 */
public enum Role {
    STUDENT(true),
    TEACHER(true),
    SCHOOL_ADMIN(true),
    /** Runs the installation: registers institutions. */
    NETWORK_ADMIN(false),
    /** Reviews and publishes material in the shared library (quản trị kho học liệu dùng chung). */
    LIBRARY_ADMIN(false),
    /** Read-only reports across institutions (thanh tra, Sở). */
    INSPECTOR(false);

    private final boolean institutional;

    Role(boolean institutional) {
        this.institutional = institutional;
    }

    /** True when the role is held in one institution, false when it spans the network. */
    public boolean isInstitutional() {
        return institutional;
    }

    public static Role parse(String text) {
        String wanted = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(role -> role.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role: " + text));
    }
}
