package vn.tvet.lms.programme;

/** What a programme is made of: modules (mô đun, theory and practice together) and subjects (môn học). */
public enum CourseKind {
    MODULE,
    SUBJECT
}
