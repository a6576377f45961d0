package io.tiski.contact.boundary;

import io.tiski.organisation.entity.Organisation;

/** {@code {"agentsMayEdit":false,"defaultCountry":"FI"}}: the organisation's contact-card settings. */
public record ContactSettingsJson(Boolean agentsMayEdit, String defaultCountry) {

    static ContactSettingsJson of(Organisation organisation) {
        return new ContactSettingsJson(organisation.agentsMayEditContacts(), organisation.getDefaultCountry());
    }
}
