package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.tvet.lms.classes.ClassEnrolment;
import vn.tvet.lms.classes.Classes;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityMatch;

/**
 * What a learner has completed in a class, read from the learning record: their own statements under the
 * enrolment's registration, and, for a learner moved from another class of the module, what they had completed
 * there, counted for the same activities of this class ({@link ActivityMatch}). Quiz grades travel the same way.
 * Nothing is copied: it is derived on every read, like all progress.
 */
@ApplicationScoped
public class EnrolmentProgress {

    private LearningRecord record;
    private Classes classes;

    EnrolmentProgress() {
        // for the CDI proxy
    }

    @Inject
    public EnrolmentProgress(LearningRecord record, Classes classes) {
        this.record = record;
        this.classes = classes;
    }

    /** The activity IRIs completed under the registration (a class's, with what its learner brought). */
    @Transactional
    public Set<String> done(long personId, UUID registration) {
        Set<String> own = record.completedIn(personId, registration);
        return classes.enrolmentOf(registration).map(enrolment -> withBrought(enrolment, own, new HashSet<>()))
                .orElse(own);
    }

    /** The same for each of a class's enrolments: registration → activity IRIs. */
    @Transactional
    public Map<UUID, Set<String>> done(List<ClassEnrolment> enrolments) {
        Map<UUID, Set<String>> own = record.completedIn(registrations(enrolments));
        Map<UUID, Set<String>> all = new HashMap<>();
        for (ClassEnrolment enrolment : enrolments) {
            all.put(enrolment.getRegistration(), withBrought(enrolment,
                    own.getOrDefault(enrolment.getRegistration(), Set.of()), new HashSet<>()));
        }
        return all;
    }

    /** Quiz grades by activity IRI under the registration, with the ones its learner brought where not taken here. */
    @Transactional
    public Map<String, Double> grades(UUID registration) {
        Map<String, Double> own = record.grades(Set.of(registration)).getOrDefault(registration, Map.of());
        return classes.enrolmentOf(registration).map(enrolment -> gradesWithBrought(enrolment, own, new HashSet<>()))
                .orElse(own);
    }

    @Transactional
    public Map<UUID, Map<String, Double>> grades(List<ClassEnrolment> enrolments) {
        Map<UUID, Map<String, Double>> own = record.grades(registrations(enrolments));
        Map<UUID, Map<String, Double>> all = new HashMap<>();
        for (ClassEnrolment enrolment : enrolments) {
            all.put(enrolment.getRegistration(), gradesWithBrought(enrolment,
                    own.getOrDefault(enrolment.getRegistration(), Map.of()), new HashSet<>()));
        }
        return all;
    }

    /** {@code visited} stops a learner moved back and forth from counting in circles. */
    private Set<String> withBrought(ClassEnrolment enrolment, Set<String> own, Set<Long> visited) {
        ClassEnrolment earlier = enrolment.getCarriedFrom();
        if (earlier == null || !visited.add(enrolment.getId())) {
            return own;
        }
        SchoolClass there = earlier.getSchoolClass();
        Set<String> doneThere = there.withCarried(withBrought(earlier, record.completedIn(earlier.getLearner().getId(),
                earlier.getRegistration()), visited));
        Map<String, String> match = ActivityMatch.between(there.getVersion(), enrolment.getSchoolClass().getVersion());
        Set<String> all = new HashSet<>(own);
        doneThere.stream().filter(match::containsKey).map(match::get).forEach(all::add);
        return all;
    }

    private Map<String, Double> gradesWithBrought(ClassEnrolment enrolment, Map<String, Double> own, Set<Long> visited) {
        ClassEnrolment earlier = enrolment.getCarriedFrom();
        if (earlier == null || !visited.add(enrolment.getId())) {
            return own;
        }
        SchoolClass there = earlier.getSchoolClass();
        Map<String, Double> gradesThere = there.withCarried(gradesWithBrought(earlier, record.grades(Set.of(
                earlier.getRegistration())).getOrDefault(earlier.getRegistration(), Map.of()), visited));
        Map<String, String> match = ActivityMatch.between(there.getVersion(), enrolment.getSchoolClass().getVersion());
        Map<String, Double> all = new HashMap<>(own);
        gradesThere.forEach((id, grade) -> {
            if (match.containsKey(id)) {
                all.putIfAbsent(match.get(id), grade);
            }
        });
        return all;
    }

    private static List<UUID> registrations(Collection<ClassEnrolment> enrolments) {
        return enrolments.stream().map(ClassEnrolment::getRegistration).toList();
    }
}
