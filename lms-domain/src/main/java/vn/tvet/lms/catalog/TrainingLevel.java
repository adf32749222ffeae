package vn.tvet.lms.catalog;

/** Training levels of Vietnamese TVET, with their level in the Vietnamese Qualifications Framework (VQF). */
public enum TrainingLevel {
    /** Sơ cấp: certificates I-III, VQF levels 1-3; {@link #vqfLevel()} gives the highest. */
    ELEMENTARY(3),
    /** Trung cấp: VQF level 4. */
    INTERMEDIATE(4),
    /** Cao đẳng: VQF level 5. */
    COLLEGE(5);

    private final int vqfLevel;

    TrainingLevel(int vqfLevel) {
        this.vqfLevel = vqfLevel;
    }

    public int vqfLevel() {
        return vqfLevel;
    }
}
