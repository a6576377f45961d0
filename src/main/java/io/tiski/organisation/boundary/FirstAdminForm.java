package io.tiski.organisation.boundary;

import io.tiski.organisation.control.OrganisationLifecycle.FirstAdmin;
import java.io.Serializable;

/**
 * The first admin's fields of a form that creates an organisation: the operator's new organisation
 * (operator/organisations.xhtml) and the first-run setup (setup.xhtml). Pages bind its fields
 * through their backing bean ({@code #{setupView.admin.username}}).
 */
public class FirstAdminForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String password;

    public FirstAdmin toFirstAdmin() {
        return new FirstAdmin(username, displayName, password);
    }

    /** Empties the fields, after the organisation was created. */
    public void clear() {
        username = null;
        displayName = null;
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
