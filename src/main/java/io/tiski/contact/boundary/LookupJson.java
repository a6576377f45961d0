package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactLookup;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * The answer to a lookup: the matching cards (none, one or several) and the inputs as normalised,
 * null when not given, so the desk can pre-fill "add contact" when nothing matched. Nulls are
 * written out (other answers leave them out) so the contract reads the same whatever was given.
 */
@JsonbNillable
public record LookupJson(List<ContactJson> matches, String phone, String email) {

    static LookupJson of(ContactLookup.Result result) {
        return new LookupJson(ContactJson.of(result.matches()), result.phone(), result.email());
    }
}
