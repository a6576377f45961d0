package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentOperator;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Operators;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Backing bean of account/password.xhtml: a staff member or operator replaces their password. The
 * one page that answers while a password someone else chose must still be replaced (see
 * {@link ActiveStaffFilter}). This session stays signed in; the user's other sessions end.
 */
@Named
@RequestScoped
public class PasswordView {

    @Inject
    CurrentStaff staff;

    @Inject
    CurrentOperator operator;

    @Inject
    StaffDirectory directory;

    @Inject
    Operators operators;

    @Inject
    FacesContext faces;

    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    /** Whether the password is still one someone else chose (the page then says why it is shown). */
    public boolean isRequired() {
        return operator.isOperator() ? operator.operator().mustChangePassword() : staff.user().mustChangePassword();
    }

    public String change() {
        var request = (HttpServletRequest) faces.getExternalContext().getRequest();
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            throw new InvalidInput("repeatedPassword", "password.repeat.differs");
        }
        if (operator.isOperator()) {
            String username = operator.operator().getUsername();
            operators.changeOwnPassword(username, currentPassword, newPassword);
            operator.stampSession(request, username);
        } else {
            var user = staff.user();
            directory.changeOwnPassword(user.getOrganisationId(), user.getId(), currentPassword, newPassword);
            staff.stampSession(request, user.getUsername());
        }
        return "/index.xhtml?faces-redirect=true";
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
