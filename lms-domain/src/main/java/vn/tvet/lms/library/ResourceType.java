package vn.tvet.lms.library;

/** What kind of learning material a resource is; decides how it is previewed and played. */
public enum ResourceType {
    DOCUMENT,
    SLIDES,
    VIDEO,
    AUDIO,
    IMAGE,
    HTML5_PACKAGE,
    SCORM_PACKAGE,
    /** A cmi5 course: cmi5.xml and its assignable units, in a ZIP. */
    CMI5_PACKAGE,
    SIMULATION,
    MODEL_3D,
    QUIZ_BANK,
    /** A link to material elsewhere: no file, a URL. */
    LINK;

    public boolean hasFile() {
        return this != LINK;
    }
}
