package vn.tvet.lms.institution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.lang.System.Logger.Level;
import java.time.Clock;
import vn.tvet.lms.account.Rights;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.account.Viewer;

/** Network-admin use cases: register schools, describe them, open and close them. */
@ApplicationScoped
public class InstitutionRegistry {

    private static final System.Logger LOG = System.getLogger(InstitutionRegistry.class.getName());

    private Institutions institutions;
    private Clock clock;
    private Rights rights;

    InstitutionRegistry() {
        // for the CDI proxy
    }

    @Inject
    public InstitutionRegistry(Institutions institutions, Clock clock, Rights rights) {
        this.rights = rights;
        this.institutions = institutions;
        this.clock = clock;
    }

    @Transactional
    public Institution register(@NotNull Viewer actor, @NotNull @Valid InstitutionDetails details) {
        rights.requireNetworkRole(actor, Role.NETWORK_ADMIN, "register schools");
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
    public Institution describe(@NotNull Viewer actor, long id, @NotNull @Valid InstitutionDetails details) {
        rights.requireNetworkRole(actor, Role.NETWORK_ADMIN, "describe schools");
        Institution institution = institutions.get(id);
        institution.describe(details.name(), details.type(), details.province());
        return institution;
    }

    @Transactional
    public void setActive(@NotNull Viewer actor, long id, boolean active) {
        rights.requireNetworkRole(actor, Role.NETWORK_ADMIN, "open or close schools");
        Institution institution = institutions.get(id);
        if (active) {
            institution.activate();
        } else {
            institution.deactivate();
        }
        LOG.log(Level.INFO, "Institution {0} active={1}", institution.getCode(), active);
    }
}
