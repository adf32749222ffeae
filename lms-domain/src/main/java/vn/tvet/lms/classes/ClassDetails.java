package vn.tvet.lms.classes;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a teacher types about a class: its code (unique in the school), name and term. Checked here so the
 * same rules hold for every caller; a refusal names the field's rule in {@link ClassRuleException}.
 */
public record ClassDetails(String code, String name, LocalDate startsOn, LocalDate endsOn) {

    static final int MAX_CODE = 30;
    static final int MAX_NAME = 300;

    public ClassDetails {
        code = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        name = name == null ? "" : name.strip();
        if (!code.matches("[\\p{IsAlphabetic}0-9._\\-/]{1," + MAX_CODE + "}")) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_CODE, code);
        }
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new ClassRuleException(ClassRuleException.Reason.BAD_NAME, name);
        }
        if (startsOn == null || endsOn == null) {
            throw new ClassRuleException(ClassRuleException.Reason.DATES_REQUIRED, code);
        }
        if (endsOn.isBefore(startsOn)) {
            throw new ClassRuleException(ClassRuleException.Reason.ENDS_BEFORE_START, startsOn + " > " + endsOn);
        }
    }
}
