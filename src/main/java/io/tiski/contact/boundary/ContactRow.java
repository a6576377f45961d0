package io.tiski.contact.boundary;

import io.tiski.contact.entity.Contact;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A card as the admin list shows it. The property names a column sorts by (lastName, firstName,
 * organisation, email1, updatedAt) are those of {@link io.tiski.contact.control.ContactOrder}.
 */
public record ContactRow(long id, String firstName, String lastName, String organisation, String email1,
                         List<String> emails, List<String> phones, boolean verified, String updatedAt)
        implements Serializable {

    static ContactRow of(Contact contact, Locale locale) {
        var d = contact.details();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        return new ContactRow(contact.getId(), d.firstName(), d.lastName(), d.organisation(), d.email1(),
                Stream.of(d.email1(), d.email2()).filter(Objects::nonNull).toList(),
                Stream.of(d.phone1(), d.phone2()).filter(Objects::nonNull).toList(),
                contact.isVerified(), format.format(contact.getUpdatedAt()) + " UTC");
    }

    /** "First Last", or whichever of them the card has. */
    public String name() {
        return Stream.of(firstName, lastName).filter(Objects::nonNull).reduce((a, b) -> a + " " + b).orElse("");
    }
}
