package vn.tvet.lms.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tvet.lms.programme.Programme;
import vn.tvet.lms.programme.ProgrammeAuthoring;
import vn.tvet.lms.programme.ProgrammeNotFoundException;
import vn.tvet.lms.web.platform.EditorDraft;

/**
 * The programme its editor shows, shared by the editor's sections ({@link ProgrammePage},
 * {@link ProgrammeMappingPage}, {@link CreditEquivalencesPage}).
 */
@Named
@ViewScoped
public class ProgrammeDraft extends EditorDraft<Programme> {

    private static final long serialVersionUID = 1L;

    @Inject
    ProgrammeAuthoring authoring;

    @Override
    protected Programme read(long schoolId, long programmeId) {
        return authoring.get(schoolId, programmeId);
    }

    @Override
    protected RuntimeException notFound() {
        return new ProgrammeNotFoundException(-1);
    }

    public Programme getProgramme() {
        return entity();
    }

    long programmeId() {
        return entityId();
    }
}
