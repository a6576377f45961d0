package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.FacesFailures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Backing bean of admin/users.xhtml: the staff of the admin's organisation. */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A user as the table shows it. */
    public record Row(long id, String username, String displayName, Set<Role> roles, boolean active)
            implements Serializable {
        static Row of(StaffUser user) {
            return new Row(user.getId(), user.getUsername(), user.getDisplayName(), user.getRoles(), user.isActive());
        }
    }

    @Inject
    StaffDirectory directory;

    @Inject
    CurrentStaff caller;

    private List<Row> rows;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private List<Role> newRoles = new ArrayList<>(List.of(Role.AGENT));

    private Long editedId;
    private String editedDisplayName;
    private List<Role> editedRoles = new ArrayList<>();
    private String resetPassword;

    @PostConstruct
    void load() {
        rows = directory.list(caller.organisationId()).stream().map(Row::of).toList();
    }

    public void create() {
        var user = directory.create(caller.organisationId(), newUsername, newDisplayName, newPassword, roleSet(newRoles));
        FacesFailures.info("user.created", user.getDisplayName());
        newUsername = null;
        newDisplayName = null;
        newPassword = null;
        newRoles = new ArrayList<>(List.of(Role.AGENT));
        load();
    }

    public void edit(Row row) {
        editedId = row.id();
        editedDisplayName = row.displayName();
        editedRoles = new ArrayList<>(row.roles());
        resetPassword = null;
    }

    public void saveEdit() {
        if (editedId == null) {
            return;
        }
        directory.update(caller.organisationId(), editedId, editedDisplayName, roleSet(editedRoles));
        FacesFailures.info("user.saved", editedDisplayName);
        load();
    }

    public void resetPassword() {
        if (editedId == null) {
            return;
        }
        directory.resetPassword(caller.organisationId(), editedId, resetPassword);
        resetPassword = null;
        FacesFailures.info("user.passwordReset", editedDisplayName);
    }

    public void deactivate(Row row) {
        try {
            directory.deactivate(caller.organisationId(), row.id(), caller.userId());
            FacesFailures.info("user.deactivated", row.displayName());
        } finally {
            load();
        }
    }

    public void activate(Row row) {
        try {
            directory.activate(caller.organisationId(), row.id());
            FacesFailures.info("user.activated", row.displayName());
        } finally {
            load();
        }
    }

    public boolean isSelf(Row row) {
        return row.id() == caller.userId();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    private static Set<Role> roleSet(List<Role> roles) {
        return roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public List<Row> getRows() {
        return rows;
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername;
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public List<Role> getNewRoles() {
        return newRoles;
    }

    public void setNewRoles(List<Role> newRoles) {
        this.newRoles = newRoles;
    }

    public String getEditedDisplayName() {
        return editedDisplayName;
    }

    public void setEditedDisplayName(String editedDisplayName) {
        this.editedDisplayName = editedDisplayName;
    }

    public List<Role> getEditedRoles() {
        return editedRoles;
    }

    public void setEditedRoles(List<Role> editedRoles) {
        this.editedRoles = editedRoles;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
