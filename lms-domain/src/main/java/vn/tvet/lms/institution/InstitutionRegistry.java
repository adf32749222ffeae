package vn.tvet.lms.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.time.Clock;

/** Network-admin use cases: register schools, describe them, open and close them. */
@ApplicationScoped
public class InstitutionRegistry {

    private static final System.Logger LOG = System.getLogger(InstitutionRegistry.class.getName());

    private Institutions institutions;
    private Clock clock;

    InstitutionRegistry() {
        // for the CDI proxy
    }

    @Inject
    public InstitutionRegistry(Institutions institutions, Clock clock) {
        this.institutions = institutions;
        this.clock = clock;
    }

    @Transactional
    public Institution register(@NotNull @Valid InstitutionDetails details) {
        if (institutions.findByCode(details.code()).isPresent()) {
            throw new DuplicateInstitutionCodeException(details.code());
        }
        Institution institution = new Institution(details.code(), details.name(), details.type(),
                details.province(), clock.instant());
        institutions.add(institution);
        LOG.log(Level.INFO, "Registered institution {0} ({1})", institution.getCode(), institution.getName());
        return institution;
    }

    @Transactional
    public Institution describe(long id, @NotNull @Valid InstitutionDetails details) {
        Institution institution = institutions.get(id);
        institution.describe(details.name(), details.type(), details.province());
        return institution;
    }

    @Transactional
    public void setActive(long id, boolean active) {
        Institution institution = institutions.get(id);
        if (active) {
            institution.activate();
        } else {
            institution.deactivate();
        }
        LOG.log(Level.INFO, "Institution {0} active={1}", institution.getCode(), active);
    }
}
