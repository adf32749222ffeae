package vn.tvet.lms.catalog;

/**
 * The levels of a competency framework's tree: units of competency (đơn vị năng lực) hold elements
 * (thành phần), elements hold performance criteria (tiêu chí thực hiện).
 */
public enum CompetencyKind {
    UNIT("Unit of Competency"),
    ELEMENT("Element"),
    CRITERION("Performance Criterion");

    private final String caseItemType;

    CompetencyKind(String caseItemType) {
        this.caseItemType = caseItemType;
    }

    /** The CFItemType written to and read from CASE files. */
    public String caseItemType() {
        return caseItemType;
    }

    /** The kind a child of this kind must have, or null for criteria, which have no children. */
    public CompetencyKind childKind() {
        return switch (this) {
            case UNIT -> ELEMENT;
            case ELEMENT -> CRITERION;
            case CRITERION -> null;
        };
    }
}
