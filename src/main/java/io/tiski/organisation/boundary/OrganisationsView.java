package io.tiski.organisation.boundary;

import io.tiski.organisation.control.OrganisationLifecycle;
import io.tiski.organisation.control.OrganisationLifecycle.Summary;
import io.tiski.platform.FacesFailures;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * Backing bean of operator/organisations.xhtml: a platform operator's list of every organisation,
 * creating one with its first admin, renaming, deactivating and activating. Shows nothing an
 * organisation keeps (no conversations, contacts or queues).
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationLifecycle lifecycle;

    private List<Summary> rows;

    private String newName;
    private final FirstAdminForm admin = new FirstAdminForm();

    private Long renamedId;
    private String renamedName;

    @PostConstruct
    void load() {
        rows = lifecycle.list();
    }

    public void create() {
        var organisation = lifecycle.create(newName, admin.toFirstAdmin(), false);
        FacesFailures.info("operator.created", organisation.getName(), admin.getUsername());
        newName = null;
        admin.clear();
        load();
    }

    public void edit(Summary row) {
        renamedId = row.id();
        renamedName = row.name();
    }

    public void rename() {
        if (renamedId == null) {
            return;
        }
        var organisation = lifecycle.rename(renamedId, renamedName);
        FacesFailures.info("operator.renamed", organisation.getName());
        load();
    }

    public void deactivate(Summary row) {
        try {
            lifecycle.deactivate(row.id());
            FacesFailures.info("operator.deactivated", row.name());
        } finally {
            load();
        }
    }

    public void activate(Summary row) {
        try {
            lifecycle.activate(row.id());
            FacesFailures.info("operator.activated", row.name());
        } finally {
            load();
        }
    }

    public List<Summary> getRows() {
        return rows;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public FirstAdminForm getAdmin() {
        return admin;
    }

    public String getRenamedName() {
        return renamedName;
    }

    public void setRenamedName(String renamedName) {
        this.renamedName = renamedName;
    }
}
