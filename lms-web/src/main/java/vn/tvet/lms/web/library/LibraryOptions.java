package vn.tvet.lms.web.library;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.tvet.lms.catalog.TrainingLevel;
import vn.tvet.lms.institution.Institution;
import vn.tvet.lms.institution.Institutions;
import vn.tvet.lms.library.Licence;
import vn.tvet.lms.library.ResourceType;
import vn.tvet.lms.library.SharingScope;

/** The choices the library's forms and filters offer. */
@Named
@RequestScoped
public class LibraryOptions {

    @Inject
    Institutions institutions;

    private List<Institution> schools;

    public ResourceType[] getTypes() {
        return ResourceType.values();
    }

    public TrainingLevel[] getLevels() {
        return TrainingLevel.values();
    }

    public Licence[] getLicences() {
        return Licence.values();
    }

    public SharingScope[] getScopes() {
        return SharingScope.values();
    }

    public List<String> getLanguages() {
        return List.of("vi", "en");
    }

    public List<Institution> getSchools() {
        if (schools == null) {
            schools = institutions.all();
        }
        return schools;
    }
}
