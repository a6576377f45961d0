package io.tiski.contact.boundary;

import io.tiski.contact.control.ConversationContacts;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * What the desk shows beside a chat: {@code {"contactId":12,"contact":{...},"matches":[]}} when a card
 * is linked, else {@code {"contactId":null,"matches":[{"contact":{...},"sameName":false}]}} (no "contact"):
 * the cards found by the phone or e-mail the customer typed (less those unlinked from this
 * conversation), each saying whether its name fits the one the customer gave. A card whose name
 * does not is a possible match only, until an agent links it.
 */
@JsonbNillable
public record CustomerCardJson(Long contactId, ContactJson contact, List<MatchJson> matches) {

    /** One card found by what the customer typed. */
    public record MatchJson(ContactJson contact, boolean sameName) {
    }

    static CustomerCardJson of(ConversationContacts.Found found) {
        var linked = found.linked();
        return new CustomerCardJson(linked == null ? null : linked.getId(), linked == null ? null : ContactJson.of(linked),
                found.matches().stream().map(m -> new MatchJson(ContactJson.of(m.contact()), m.sameName())).toList());
    }
}
