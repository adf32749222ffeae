package vn.tvet.lms.scorm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassTeaching;

/**
 * The teachers' side of SCORM attempts: every attempt of a learner in a class with every element its SCO stored
 * (what one looks at when a package misbehaves), and ending an attempt so the learner's next launch starts afresh.
 * Only the people who run the class; another class's or school's attempt is not found.
 */
@ApplicationScoped
public class ScormAttempts {

    @PersistenceContext(unitName = "lms")
    EntityManager em;

    private ClassTeaching teaching;

    ScormAttempts() {
        // for the CDI proxy
    }

    @Inject
    public ScormAttempts(ClassTeaching teaching) {
        this.teaching = teaching;
    }

    /** The learner's attempts in the class: by step and SCO, the newest attempt first. */
    @Transactional
    public List<ScormAttempt> of(Viewer actor, long schoolId, long classId, long learnerId) {
        boolean enrolled = teaching.enrolments(actor, schoolId, classId).stream()
                .anyMatch(enrolment -> enrolment.getLearner().getId() == learnerId);
        if (!enrolled) {
            throw new ClassNotFoundException(classId);
        }
        return em.createQuery("select a from ScormAttempt a where a.schoolId = :s and a.classId = :c and a.personId = :p"
                        + " order by a.activityId, a.scoId, a.number desc", ScormAttempt.class)
                .setParameter("s", schoolId).setParameter("c", classId).setParameter("p", learnerId).getResultList();
    }

    /**
     * Ends the attempt as it is (kept, with its statements): the learner's next launch of the SCO starts a new one.
     * An open session of it can no longer commit.
     */
    @Transactional
    public void reset(Viewer actor, long schoolId, long classId, long attemptId) {
        teaching.enrolments(actor, schoolId, classId);
        ScormAttempt attempt = em.find(ScormAttempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || attempt.getClassId() != classId || attempt.getSchoolId() != schoolId) {
            throw new ClassNotFoundException(classId);
        }
        attempt.close();
    }
}
