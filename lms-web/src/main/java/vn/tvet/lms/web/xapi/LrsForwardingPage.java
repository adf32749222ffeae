package vn.tvet.lms.web.xapi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.tvet.lms.account.Role;
import vn.tvet.lms.web.account.CurrentUser;
import vn.tvet.lms.web.platform.PageActions;
import vn.tvet.lms.web.platform.Texts;
import vn.tvet.lms.xapi.StatementForwarding;

/** The school admin's forwarding of the school's statements to an external LRS, with how delivery goes. */
@Named
@ViewScoped
public class LrsForwardingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentUser currentUser;

    @Inject
    StatementForwarding forwarding;

    @Inject
    PageActions pageActions;

    @Inject
    Texts texts;

    private long schoolId;
    private String endpoint;
    private String username;
    private String secret;
    private boolean enabled;
    private transient StatementForwarding.Settings settings;

    @PostConstruct
    void init() {
        schoolId = currentUser.requireSchoolRole(Role.SCHOOL_ADMIN);
        StatementForwarding.Settings current = getSettings();
        if (current != null) {
            endpoint = current.endpoint();
            username = current.username();
            enabled = current.enabled();
        }
    }

    public void save() {
        if (pageActions.run(() -> forwarding.configure(currentUser.viewer(), schoolId, endpoint, username, secret, enabled))) {
            secret = null;
            settings = null;
            texts.info(enabled ? "lrs.forwarding.savedOn" : "lrs.forwarding.savedOff");
        }
    }

    /** The stored settings and delivery counts; null before the first save. */
    public StatementForwarding.Settings getSettings() {
        if (settings == null) {
            settings = forwarding.settings(currentUser.viewer(), schoolId).orElse(null);
        }
        return settings;
    }

    public String getEndpoint() {
        return endpoint;
    }

    public void setEndpoint(String endpoint) {
        this.endpoint = endpoint;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = secret;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
