package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentOperator;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.entity.Role;
import io.tiski.platform.UiText;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Who is signed in (for the page header), where they start, and logging out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    CurrentStaff caller;

    @Inject
    CurrentOperator operator;

    @Inject
    FacesContext faces;

    /** A platform operator, who has no organisation, no desk and no admin screens. */
    public boolean isOperator() {
        return operator.isOperator();
    }

    public String getDisplayName() {
        return isOperator() ? operator.operator().getUsername() : caller.user().getDisplayName();
    }

    /** The organisation's name; for an operator, the word for what they are. */
    public String getOrganisationName() {
        return isOperator() ? UiText.get(faces.getViewRoot().getLocale(), "operator.role")
                : caller.user().getOrganisation().getName();
    }

    public boolean isAdmin() {
        return !isOperator() && caller.user().hasRole(Role.ADMIN);
    }

    /** Supervisors keep the tag list (admin/tags.xhtml), and only that of the admin screens. */
    public boolean isSupervisor() {
        return !isOperator() && caller.user().hasRole(Role.SUPERVISOR);
    }

    /**
     * View action of index.xhtml: operators start at the organisations, admins in the admin
     * screens, everyone else at the desk.
     */
    public String home() {
        if (isOperator()) {
            return "/operator/organisations.xhtml?faces-redirect=true";
        }
        if (!caller.isSignedIn()) {
            return "/login.xhtml?faces-redirect=true";
        }
        return isAdmin() ? "/admin/queues.xhtml?faces-redirect=true" : "/desk/index.xhtml?faces-redirect=true";
    }

    public String logout() throws ServletException, IOException {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        request.logout();
        faces.getExternalContext().invalidateSession();
        return "/login.xhtml?faces-redirect=true&loggedOut=true";
    }
}
