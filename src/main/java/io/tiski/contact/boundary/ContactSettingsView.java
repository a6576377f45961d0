package io.tiski.contact.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.PhoneNumbers;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The settings panel of admin/contacts.xhtml: whether agents may add and edit cards, and the
 * country a phone number without a country code belongs to (offered by name in the admin's language).
 */
@Named
@ViewScoped
public class ContactSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Organisations organisations;

    @Inject
    CurrentStaff caller;

    private boolean agentsMayEdit;
    private String defaultCountry;

    @PostConstruct
    void load() {
        var organisation = organisations.find(caller.organisationId());
        agentsMayEdit = organisation.agentsMayEditContacts();
        defaultCountry = organisation.getDefaultCountry();
    }

    public void save() {
        organisations.setContactRules(caller.organisationId(), agentsMayEdit, defaultCountry);
        FacesFailures.info("contacts.settings.saved");
    }

    /** The countries phone numbers can be read for, by name in the admin's language. */
    public List<SelectItem> getCountries() {
        Locale locale = ContactsView.locale();
        var collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries()).filter(PhoneNumbers::isKnownCountry)
                .map(code -> new SelectItem(code, new Locale("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(SelectItem::getLabel, collator))
                .toList();
    }

    public boolean isAgentsMayEdit() {
        return agentsMayEdit;
    }

    public void setAgentsMayEdit(boolean agentsMayEdit) {
        this.agentsMayEdit = agentsMayEdit;
    }

    public String getDefaultCountry() {
        return defaultCountry;
    }

    public void setDefaultCountry(String defaultCountry) {
        this.defaultCountry = defaultCountry;
    }
}
