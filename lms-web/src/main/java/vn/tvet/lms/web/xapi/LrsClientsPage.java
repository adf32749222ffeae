package vn.tvet.lms.web.xapi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.learning.PublicAddress;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;
import vn.tvet.lms.xapi.LrsClient;
import vn.tvet.lms.xapi.LrsClientAdministration;

/**
 * The school admin's LRS clients: create one (its secret is shown once, with the endpoint to give the other
 * system), see them all, revoke one with confirmation.
 */
@Named
@ViewScoped
public class LrsClientsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    LrsClientAdministration administration;

    @Inject
    PublicAddress home;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private long schoolId;
    private String name;
    private boolean mayRead = true;
    private boolean mayWrite = true;
    /** The key and secret of the client just created, shown once. */
    private String issuedKey;
    private String issuedSecret;
    private transient List<LrsClient> clients;

    @PostConstruct
    void init() {
        schoolId = currentUser.requireSchoolRole(Role.SCHOOL_ADMIN);
    }

    public void create() {
        if (name == null || name.isBlank()) {
            texts.fieldError("create:name", "lrs.nameRequired");
            return;
        }
        if (!mayRead && !mayWrite) {
            texts.fieldError("create:mayWrite", "lrs.permissionRequired");
            return;
        }
        pageActions.call(() -> administration.create(currentUser.viewer(), schoolId, name, mayRead, mayWrite))
                .ifPresent(issued -> {
                    issuedKey = issued.apiKey();
                    issuedSecret = issued.secret();
                    texts.info("lrs.created", issued.client().getName());
                    name = null;
                    clients = null;
                });
    }

    public void revoke(long clientId, String clientName) {
        if (pageActions.run(() -> administration.revoke(currentUser.viewer(), schoolId, clientId))) {
            texts.info("lrs.revoked", clientName);
            clients = null;
        }
    }

    public List<LrsClient> getClients() {
        if (clients == null) {
            clients = administration.clients(currentUser.viewer(), schoolId);
        }
        return clients;
    }

    /** The address other systems use: the configured public URL, never the request's Host header. */
    public String getEndpoint() {
        return home.url() + "/xapi/";
    }

    public String getIssuedKey() {
        return issuedKey;
    }

    public String getIssuedSecret() {
        return issuedSecret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isMayRead() {
        return mayRead;
    }

    public void setMayRead(boolean mayRead) {
        this.mayRead = mayRead;
    }

    public boolean isMayWrite() {
        return mayWrite;
    }

    public void setMayWrite(boolean mayWrite) {
        this.mayWrite = mayWrite;
    }
}
