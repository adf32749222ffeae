package vn.tvet.lms.library.upload;

/**
 * Where a finished upload goes: a new version of a library item, or a learner's evidence for a practical task of
 * a class (the class and the task's step). Exactly one of the two is set.
 */
public record UploadTarget(Long resourceId, Long evidenceClassId, Integer evidenceStep) {

    public UploadTarget {
        if ((resourceId == null) == (evidenceClassId == null) || (evidenceClassId == null) != (evidenceStep == null)) {
            throw new IllegalArgumentException("An upload goes to a library item or to a task's evidence");
        }
    }

    public static UploadTarget resource(long resourceId) {
        return new UploadTarget(resourceId, null, null);
    }

    public static UploadTarget evidence(long classId, int step) {
        return new UploadTarget(null, classId, step);
    }

    public boolean isEvidence() {
        return evidenceClassId != null;
    }
}
