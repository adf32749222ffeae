package vn.tvet.lms.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import vn.tvet.lms.account.Viewer;
import vn.tvet.lms.classes.ClassNotFoundException;
import vn.tvet.lms.classes.ClassRuleException;
import vn.tvet.lms.classes.ClassTeaching;
import vn.tvet.lms.classes.Classes;
import vn.tvet.lms.classes.SchoolClass;
import vn.tvet.lms.courseware.ActivityKind;
import vn.tvet.lms.library.LearningResources;
import vn.tvet.lms.library.upload.ResumableUploads;
import vn.tvet.lms.library.upload.UploadInspection;
import vn.tvet.lms.library.upload.UploadLimits;
import vn.tvet.lms.library.upload.UploadRules;
import vn.tvet.lms.library.upload.UploadSession;
import vn.tvet.lms.library.upload.UploadSessionNotFoundException;
import vn.tvet.lms.library.upload.UploadTarget;
import vn.tvet.lms.storage.ContentStore;

/**
 * Learners hand in evidence for the practical tasks of their classes (photos and videos from the workshop,
 * documents) through the resumable upload path, and the class's teachers see it when they mark the task. Only the
 * learner sees their own files besides the class's teachers and the school's admins; any other id is not found.
 * A file can be taken back until the task is marked achieved.
 */
@ApplicationScoped
public class PracticalEvidence {

    /** Files per learner and task: enough for every step photographed, not a storage locker. */
    static final int MAX_FILES = 20;

    private ClassLearning learning;
    private ClassTeaching teaching;
    private ResumableUploads uploads;
    private TaskEvidences evidences;
    private UploadInspection inspection;
    private ContentStore store;
    private LearningResources resources;
    private LearningRecord record;
    private Classes classes;
    private Clock clock;

    PracticalEvidence() {
        // for the CDI proxy
    }

    @Inject
    public PracticalEvidence(ClassLearning learning, ClassTeaching teaching, ResumableUploads uploads,
            TaskEvidences evidences, UploadInspection inspection, ContentStore store, LearningResources resources,
            LearningRecord record, Classes classes, Clock clock) {
        this.classes = classes;
        this.learning = learning;
        this.teaching = teaching;
        this.uploads = uploads;
        this.evidences = evidences;
        this.inspection = inspection;
        this.store = store;
        this.resources = resources;
        this.record = record;
        this.clock = clock;
    }

    /**
     * Starts an upload of evidence for the task at {@code step}, once the learner is in the class, the task is open
     * to them, the file's name is evidence and they have room for another file.
     */
    @Transactional
    public UploadSession begin(Viewer learner, long classId, int step, String fileName, long totalBytes, int chunkBytes,
            UploadLimits limits) {
        LessonStep task = openTask(learner, schoolOf(classId), classId, step);
        UploadRules.checkEvidenceName(fileName);
        if (evidences.of(classId, task.activityId(), learner.personId()).size() >= MAX_FILES) {
            throw new ClassRuleException(ClassRuleException.Reason.TOO_MANY, "evidence for step " + step);
        }
        return uploads.beginEvidence(learner, classId, step, fileName, totalBytes, chunkBytes, limits);
    }

    /**
     * Joins the upload, checks the file is what its name says and hides nothing, and records it. A finish
     * retried after it succeeded (the answer was lost) returns the same evidence.
     */
    public TaskEvidence finish(Viewer learner, UUID uploadId) {
        var done = evidences.find(uploadId).filter(e -> e.getPersonId() == learner.personId());
        if (done.isPresent()) {
            return done.get();
        }
        UploadTarget target = uploads.status(learner, uploadId).target();
        if (!target.isEvidence()) {
            throw new UploadSessionNotFoundException(uploadId);
        }
        var assembled = uploads.finish(learner, uploadId);
        try {
            inspection.inspect(assembled.blob(), assembled.detected().mediaType(), assembled.fileName());
            // the learner may have been withdrawn, or the task locked, while the chunks arrived
            long schoolId = schoolOf(target.evidenceClassId());
            LessonStep task = openTask(learner, schoolId, target.evidenceClassId(), target.evidenceStep());
            UUID registration = learning.studying(learner, schoolId, target.evidenceClassId()).registration();
            TaskEvidence evidence = new TaskEvidence(uploadId, target.evidenceClassId(), learner.personId(), registration,
                    task.activityId(), assembled.fileName(), assembled.detected().mediaType(), assembled.blob(),
                    clock.instant());
            evidences.add(evidence);
            return evidence;
        } catch (RuntimeException e) {
            if (!evidences.blobInUse(assembled.blob().sha256()) && !resources.blobInUse(assembled.blob().sha256())) {
                store.delete(assembled.blob().key());
            }
            throw e;
        }
    }

    /** The learner's own files for the task at {@code step}. */
    @Transactional
    public List<TaskEvidence> mine(Viewer learner, long schoolId, long classId, int step) {
        LessonStep task = taskOf(learning.studying(learner, schoolId, classId), step);
        return evidences.of(classId, task.activityId(), learner.personId());
    }

    /** A learner's files for the task at {@code step}, for the class's teachers and the school's admins. */
    @Transactional
    public List<TaskEvidence> ofLearner(Viewer actor, long schoolId, long classId, long learnerId, int step) {
        teaching.enrolments(actor, schoolId, classId);
        SchoolClass schoolClass = teaching.get(actor, schoolId, classId);
        List<LessonStep> steps = ClassLearning.steps(schoolClass, java.util.Set.of());
        if (step < 0 || step >= steps.size() || steps.get(step).content().kind() != ActivityKind.PRACTICAL_TASK) {
            throw new ClassNotFoundException(classId);
        }
        return evidences.of(classId, steps.get(step).activityId(), learnerId);
    }

    /** One file, for the learner who handed it in and for the people who run its class; anyone else: not found. */
    @Transactional
    public TaskEvidence get(Viewer viewer, UUID evidenceId) {
        TaskEvidence evidence = evidences.find(evidenceId).orElseThrow(() -> new ClassNotFoundException(-1));
        if (evidence.getPersonId() == viewer.personId()) {
            return evidence;
        }
        if (!teaching.mayManage(viewer, schoolOf(evidence.getClassId()), evidence.getClassId())) {
            throw new ClassNotFoundException(evidence.getClassId());
        }
        return evidence;
    }

    /** Takes a file back; refused once the task is marked achieved (the teacher judged with it). */
    @Transactional
    public void remove(Viewer learner, long schoolId, UUID evidenceId) {
        TaskEvidence evidence = evidences.find(evidenceId).filter(e -> e.getPersonId() == learner.personId())
                .orElseThrow(() -> new ClassNotFoundException(-1));
        ClassLearning.Studying studying = learning.studying(learner, schoolId, evidence.getClassId());
        if (record.has(learner.personId(), studying.registration(), evidence.getActivityId(), Verb.PASSED)) {
            throw new ClassRuleException(ClassRuleException.Reason.COMPLETES_OTHERWISE, "evidence of a marked task");
        }
        evidences.remove(evidence);
    }

    private long schoolOf(long classId) {
        return classes.schoolOf(classId).orElseThrow(() -> new ClassNotFoundException(classId));
    }

    private LessonStep openTask(Viewer learner, long schoolId, long classId, int step) {
        LessonStep task = taskOf(learning.studying(learner, schoolId, classId), step);
        if (task.locked()) {
            throw new ClassRuleException(ClassRuleException.Reason.LOCKED, task.activityId());
        }
        return task;
    }

    private static LessonStep taskOf(ClassLearning.Studying studying, int step) {
        LessonStep task = studying.step(step);
        if (task.content().kind() != ActivityKind.PRACTICAL_TASK) {
            throw new ClassNotFoundException(studying.schoolClass().getId());
        }
        return task;
    }
}
