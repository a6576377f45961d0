package io.tiski.contact.boundary;

import jakarta.json.bind.annotation.JsonbNillable;

/** {@code {"contactId":12}}: the card linked to a conversation; null (written out) for none. */
@JsonbNillable
public record ConversationContactJson(Long contactId) {
}
