package io.tiski.contact.boundary;

import io.tiski.contact.entity.Contact;
import io.tiski.contact.entity.ContactDetails;
import java.time.Instant;
import java.util.List;

/**
 * A contact card as the REST API shows it. On the way in (POST, PUT) the same fields: {@code id},
 * {@code createdAt} and {@code updatedAt} are ignored, {@code version} is required on PUT (the one
 * the card was read at), {@code verified} may be left out (false on POST, unchanged on PUT). A PUT
 * replaces every field: one left out is cleared.
 */
public record ContactJson(Long id, Long version, String firstName, String lastName, String workingTitle,
                          String organisation, String department, String streetName, String streetNumber,
                          String zipCode, String zipLocation, String email1, String email1Label, String email2,
                          String email2Label, String phone1, String phone1Label, String phone2, String phone2Label,
                          Boolean verified, Instant createdAt, Instant updatedAt) {

    static ContactJson of(Contact contact) {
        var d = contact.details();
        return new ContactJson(contact.getId(), contact.getVersion(), d.firstName(), d.lastName(), d.workingTitle(),
                d.organisation(), d.department(), d.streetName(), d.streetNumber(), d.zipCode(), d.zipLocation(),
                d.email1(), d.email1Label(), d.email2(), d.email2Label(), d.phone1(), d.phone1Label(), d.phone2(),
                d.phone2Label(), contact.isVerified(), contact.getCreatedAt(), contact.getUpdatedAt());
    }

    static List<ContactJson> of(List<Contact> contacts) {
        return contacts.stream().map(ContactJson::of).toList();
    }

    ContactDetails details() {
        return new ContactDetails(firstName, lastName, workingTitle, organisation, department,
                streetName, streetNumber, zipCode, zipLocation, email1, email1Label, email2, email2Label, phone1,
                phone1Label, phone2, phone2Label);
    }

    static ContactJson orEmpty(ContactJson json) {
        return json == null ? new ContactJson(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null) : json;
    }
}
