package vn.tvet.lms.fakes;

import static vn.tvet.lms.fakes.Entities.withId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tvet.lms.account.People;
import vn.tvet.lms.account.Person;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.InstitutionType;
import vn.tvet.lms.institution.Institutions;

/**
 * Two schools and their people, as the database would answer for them: a teacher, a colleague, the school
 * admin and a student of Hải Phòng, and a teacher of Quảng Ninh.
 */
public final class TwoSchools {

    public static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    public static final long HAI_PHONG = 1;
    public static final long QUANG_NINH = 2;

    public final Viewer teacher = new Viewer(10L, Set.of(HAI_PHONG), Set.of(), false);
    public final Viewer colleague = new Viewer(11L, Set.of(HAI_PHONG), Set.of(), false);
    public final Viewer schoolAdmin = new Viewer(12L, Set.of(HAI_PHONG), Set.of(HAI_PHONG), false);
    public final Viewer student = new Viewer(20L, Set.of(HAI_PHONG), Set.of(), false);
    public final Viewer otherSchoolsTeacher = new Viewer(30L, Set.of(QUANG_NINH), Set.of(), false);
    public final Viewer librarian = new Viewer(40L, Set.of(), Set.of(), true);

    private final Map<Long, Institution> schools = Map.of(
            HAI_PHONG, withId(new Institution("HP-CDKT", "Trường Cao đẳng Kỹ thuật Hải Phòng", InstitutionType.COLLEGE,
                    "Hải Phòng", NOW), HAI_PHONG),
            QUANG_NINH, withId(new Institution("QN-CDCN", "Trường Cao đẳng Công nghiệp Quảng Ninh",
                    InstitutionType.COLLEGE, "Quảng Ninh", NOW), QUANG_NINH));
    /** Who authors (teaches or administers) in which school. */
    private final Map<Long, Long> authorIn = Map.of(10L, HAI_PHONG, 11L, HAI_PHONG, 12L, HAI_PHONG, 30L, QUANG_NINH);

    public final People people = new People() {
        @Override
        public Optional<Person> find(long id) {
            return Optional.of(withId(new Person("p" + id, "Người " + id, null, "h", false, NOW), id));
        }

        @Override
        public boolean authorsIn(long institutionId, long personId) {
            return Long.valueOf(institutionId).equals(authorIn.get(personId));
        }
    };

    public final Institutions institutions = new Institutions() {
        @Override
        public Optional<Institution> find(long id) {
            return Optional.ofNullable(schools.get(id));
        }
    };

    public final Rights rights = new Rights(people);

    public Institution school(long id) {
        return schools.get(id);
    }
}
