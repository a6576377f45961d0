package io.tiski.contact.entity;

import io.tiski.platform.EmailAddresses;
import io.tiski.platform.InvalidFields;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import io.tiski.platform.PhoneNumbers;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;

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
     * The details as they will be stored, or an {@link InvalidInput} naming every field that breaks a
     * rule ({@link InvalidFields} when there are several): a first or last name is required, e-mails
     * must look like addresses, phones must be numbers of {@code defaultCountry} or carry a country code.
     */
    public ContactDetails validated(String defaultCountry) {
        var failures = new ArrayList<InvalidInput>();
        var valid = new ContactDetails(
                check(failures, () -> text("firstName", firstName, NAME)),
                check(failures, () -> text("lastName", lastName, NAME)),
                check(failures, () -> text("workingTitle", workingTitle, NAME)),
                check(failures, () -> text("organisation", organisation, ORGANISATION)),
                check(failures, () -> text("department", department, ORGANISATION)),
                check(failures, () -> text("streetName", streetName, ORGANISATION)),
                check(failures, () -> text("streetNumber", streetNumber, SHORT)),
                check(failures, () -> text("zipCode", zipCode, SHORT)),
                check(failures, () -> text("zipLocation", zipLocation, NAME)),
                check(failures, () -> email("email1", email1)),
                check(failures, () -> text("email1Label", email1Label, LABEL)),
                check(failures, () -> email("email2", email2)),
                check(failures, () -> text("email2Label", email2Label, LABEL)),
                check(failures, () -> phone("phone1", phone1, defaultCountry)),
                check(failures, () -> text("phone1Label", phone1Label, LABEL)),
                check(failures, () -> phone("phone2", phone2, defaultCountry)),
                check(failures, () -> text("phone2Label", phone2Label, LABEL)));
        if (isBlank(firstName) && isBlank(lastName)) {
            failures.add(new InvalidInput("lastName", "contact.name.required"));
        }
        InvalidFields.throwIfAny(failures);
        return valid;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The field's stored form, or null with its failure collected. */
    private static String check(List<InvalidInput> failures, Supplier<String> field) {
        try {
            return field.get();
        } catch (InvalidInput failure) {
            failures.add(failure);
            return null;
        }
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]");

    private static String text(String field, String value, int max) {
        String trimmed = value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "contact.field.tooLong", max);
        }
        // Line breaks and tabs are text here (an address of two lines); other controls are not.
        if (Names.hasInvisible(LINE_BREAKS.matcher(trimmed).replaceAll(""))) {
            throw new InvalidInput(field, "text.invisible");
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
                .orElseThrow(() -> new InvalidInput(field, PhoneNumbers.refusalKey(trimmed, "contact.phone.invalid"), trimmed));
    }
}
