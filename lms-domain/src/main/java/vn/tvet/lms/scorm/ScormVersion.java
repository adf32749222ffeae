package vn.tvet.lms.scorm;

/** The SCORM editions the runtime speaks: 1.2 ({@code window.API}) and 2004 3rd/4th edition ({@code API_1484_11}). */
public enum ScormVersion {
    SCORM_12("1.2"),
    SCORM_2004("2004");

    private final String code;

    ScormVersion(String code) {
        this.code = code;
    }

    /** As stored: "1.2" or "2004". */
    public String code() {
        return code;
    }

    public static ScormVersion ofCode(String code) {
        return "1.2".equals(code) ? SCORM_12 : SCORM_2004;
    }

    /**
     * From the manifest's {@code <schemaversion>} ("1.2", "CAM 1.3", "2004 3rd Edition", "2004 4th Edition"), else
     * from the adlcp namespace the manifest declares; a package that says nothing is taken as 1.2, the older default.
     */
    static ScormVersion of(String schemaVersion, String adlcpNamespace) {
        String declared = schemaVersion == null ? "" : schemaVersion.strip();
        if (declared.startsWith("2004") || declared.startsWith("CAM 1.3")) {
            return SCORM_2004;
        }
        if (declared.equals("1.2")) {
            return SCORM_12;
        }
        return adlcpNamespace != null && adlcpNamespace.contains("v1p3") ? SCORM_2004 : SCORM_12;
    }
}
