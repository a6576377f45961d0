package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactCards;
import io.tiski.contact.entity.ContactDetails;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.FacesFailures;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The add / edit dialog of admin/contacts.xhtml. The form keeps the version the card was read at,
 * so a save after someone else's is refused ("changed by someone else") and the form stays as typed.
 * Cancel just closes the dialog: nothing is stored until Save.
 */
@Named
@ViewScoped
public class ContactEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactCards cards;

    @Inject
    CurrentStaff caller;

    private Long id;
    private Long version;
    private boolean verified;
    private Map<String, String> form = new HashMap<>();

    public void startNew() {
        id = null;
        version = null;
        verified = false;
        form = new HashMap<>(ContactFields.of(new ContactDetails(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null)));
    }

    public void edit(ContactRow row) {
        var contact = cards.find(caller.organisationId(), row.id());
        id = contact.getId();
        version = contact.getVersion();
        verified = contact.isVerified();
        form = new HashMap<>(ContactFields.of(contact.details()));
    }

    public void save() {
        var details = ContactFields.details(form);
        var contact = id == null ? cards.create(caller.user(), details, verified)
                : cards.change(caller.user(), id, version, details, verified);
        FacesFailures.info(id == null ? "contacts.created" : "contacts.saved",
                ContactRow.of(contact, ContactsView.locale()).name());
        id = contact.getId();
        version = contact.getVersion();
    }

    public List<String> getFieldNames() {
        return ContactFields.NAMES;
    }

    public boolean isEditing() {
        return id != null;
    }

    public Map<String, String> getForm() {
        return form;
    }

    public boolean isVerified() {
        return verified;
    }

    public void setVerified(boolean verified) {
        this.verified = verified;
    }
}
