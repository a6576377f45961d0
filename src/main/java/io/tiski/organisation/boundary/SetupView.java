package io.tiski.organisation.boundary;

import io.tiski.organisation.control.FirstRun;
import io.tiski.platform.NotFound;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;

/**
 * Backing bean of setup.xhtml, the first-run setup: the first organisation, its admin and the
 * first platform operator. The page exists only for the setup token of the server's log and only
 * while there is no organisation; otherwise, and after the setup, it answers 404 like any unknown page.
 */
@Named
@ViewScoped
public class SetupView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FirstRun firstRun;

    private String token;
    private String organisationName;
    private final FirstAdminForm admin = new FirstAdminForm();
    private String operatorUsername;
    private String operatorPassword;

    /** View action: not found without the right token or once an organisation exists. */
    public void check() {
        if (!firstRun.open(token)) {
            notFound();
        }
    }

    /** Refused input is shown by FacesExceptions; a token used up meanwhile makes the page not found. */
    public String setUp() {
        try {
            firstRun.setUp(token, new FirstRun.Setup(organisationName, admin.toFirstAdmin(),
                    operatorUsername, operatorPassword));
            return "/login.xhtml?faces-redirect=true&setUp=true";
        } catch (NotFound gone) {
            notFound();
            return null;
        }
    }

    // The error page is a Faces request of its own, which ends this one's context: complete first.
    private static void notFound() {
        var faces = FacesContext.getCurrentInstance();
        faces.responseComplete();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public void setOrganisationName(String organisationName) {
        this.organisationName = organisationName;
    }

    public FirstAdminForm getAdmin() {
        return admin;
    }

    public String getOperatorUsername() {
        return operatorUsername;
    }

    public void setOperatorUsername(String operatorUsername) {
        this.operatorUsername = operatorUsername;
    }

    public String getOperatorPassword() {
        return operatorPassword;
    }

    public void setOperatorPassword(String operatorPassword) {
        this.operatorPassword = operatorPassword;
    }
}
