package io.tiski.contact.entity;

import io.tiski.platform.EmailAddresses;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.PhoneNumbers;

/**
 * What a person can type on a contact card. {@link #validated} gives it as it will be stored:
 * trimmed, blanks as null, phone numbers in E.164. The field names are those of the REST API, so a
 * failure points at the field the user typed in.
 */
public record ContactDetails(String firstName, String lastName, String workingTitle, String organisation,
                             String department, String streetName, String streetNumber, String zipCode,
                             String zipLocation, String email1, String email1Label, String email2,
                             String email2Label, String phone1, String phone1Label, String phone2,
                             String phone2Label) {

    static final int NAME = 100;
    static final int ORGANISATION = 120;
    static final int SHORT = 20;
    static final int LABEL = 40;

    /**
     * The details as they will be stored, or an {@link InvalidInput} on the first field that breaks a
     * rule: a first or last name is required, e-mails must look like addresses, phones must be
     * numbers of {@code defaultCountry} or carry a country code.
     */
    public ContactDetails validated(String defaultCountry) {
        var valid = new ContactDetails(
                text("firstName", firstName, NAME), text("lastName", lastName, NAME),
                text("workingTitle", workingTitle, NAME), text("organisation", organisation, ORGANISATION),
                text("department", department, ORGANISATION), text("streetName", streetName, ORGANISATION),
                text("streetNumber", streetNumber, SHORT), text("zipCode", zipCode, SHORT),
                text("zipLocation", zipLocation, NAME),
                email("email1", email1), text("email1Label", email1Label, LABEL),
                email("email2", email2), text("email2Label", email2Label, LABEL),
                phone("phone1", phone1, defaultCountry), text("phone1Label", phone1Label, LABEL),
                phone("phone2", phone2, defaultCountry), text("phone2Label", phone2Label, LABEL));
        if (valid.firstName == null && valid.lastName == null) {
            throw new InvalidInput("lastName", "contact.name.required");
        }
        return valid;
    }

    private static String text(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "contact.field.tooLong", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    private static String email(String field, String value) {
        String trimmed = text(field, value, EmailAddresses.MAX_LENGTH);
        if (trimmed != null && !EmailAddresses.isPlausible(trimmed)) {
            throw new InvalidInput(field, "contact.email.invalid", trimmed);
        }
        return trimmed;
    }

    private static String phone(String field, String value, String defaultCountry) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        return PhoneNumbers.e164(trimmed, defaultCountry)
                .orElseThrow(() -> new InvalidInput(field, "contact.phone.invalid", trimmed));
    }
}
