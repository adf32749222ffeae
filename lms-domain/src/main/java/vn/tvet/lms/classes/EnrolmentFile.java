package vn.tvet.lms.classes;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Usernames;
import vn.tvet.lms.importing.UploadedCsv;

/**
 * An enrolment file read for a preview: {@code ma_nguoi_hoc} per line (an optional header, other columns ignored),
 * each line with the learner it names or why it cannot be enrolled. The same for module and programme classes.
 */
final class EnrolmentFile {

    private static final Set<String> HEADER = Set.of("ma_nguoi_hoc", "ten_dang_nhap", "username", "ma_sv");

    private EnrolmentFile() {
    }

    /** {@code alreadyIn} says whether a person is in the class now. */
    static List<EnrolmentRow> read(Reader csv, long schoolId, People people, LongPredicate alreadyIn) {
        Set<String> seen = new HashSet<>();
        List<EnrolmentRow> rows = new ArrayList<>();
        for (UploadedCsv.Line line : UploadedCsv.read(csv, HEADER)) {
            String typed = line.cell(0);
            String username = Usernames.normalise(typed);
            if (username.isEmpty()) {
                rows.add(new EnrolmentRow(line.number(), typed, username, null, null,
                        line.cells().isEmpty() ? EnrolmentRow.Problem.WRONG_COLUMN_COUNT : EnrolmentRow.Problem.USERNAME_MISSING));
                continue;
            }
            Person person = people.findByUsername(username)
                    .filter(found -> people.rolesIn(schoolId, found.getId()).contains(Role.STUDENT)).orElse(null);
            EnrolmentRow.Problem problem = null;
            if (person == null) {
                problem = EnrolmentRow.Problem.NOT_A_LEARNER_HERE;
            } else if (!seen.add(username)) {
                problem = EnrolmentRow.Problem.DUPLICATE_IN_FILE;
            } else if (alreadyIn.test(person.getId())) {
                problem = EnrolmentRow.Problem.ALREADY_IN_CLASS;
            }
            rows.add(new EnrolmentRow(line.number(), typed, username, person == null ? null : person.getId(),
                    person == null ? null : person.getFullName(), problem));
        }
        return rows;
    }
}
