package io.tiski.contact.boundary;

import io.tiski.contact.entity.ContactDetails;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A card's fields by their REST names, in the order forms show them. The Faces forms name their
 * inputs so, which puts a validation message next to the field it is about.
 */
final class ContactFields {

    static final List<String> NAMES = List.of("firstName", "lastName", "workingTitle", "organisation", "department",
            "streetName", "streetNumber", "zipCode", "zipLocation", "email1", "email1Label", "email2", "email2Label",
            "phone1", "phone1Label", "phone2", "phone2Label");

    private ContactFields() {
    }

    static Map<String, String> of(ContactDetails d) {
        var values = new String[] {d.firstName(), d.lastName(), d.workingTitle(), d.organisation(), d.department(),
                d.streetName(), d.streetNumber(), d.zipCode(), d.zipLocation(), d.email1(), d.email1Label(), d.email2(),
                d.email2Label(), d.phone1(), d.phone1Label(), d.phone2(), d.phone2Label()};
        var fields = new LinkedHashMap<String, String>();
        for (int i = 0; i < NAMES.size(); i++) {
            fields.put(NAMES.get(i), values[i]);
        }
        return fields;
    }

    static ContactDetails details(Map<String, String> f) {
        return new ContactDetails(f.get("firstName"), f.get("lastName"), f.get("workingTitle"), f.get("organisation"),
                f.get("department"), f.get("streetName"), f.get("streetNumber"), f.get("zipCode"), f.get("zipLocation"),
                f.get("email1"), f.get("email1Label"), f.get("email2"), f.get("email2Label"), f.get("phone1"),
                f.get("phone1Label"), f.get("phone2"), f.get("phone2Label"));
    }
}
