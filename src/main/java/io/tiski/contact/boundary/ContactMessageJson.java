package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactMessages;
import io.tiski.contact.entity.ContactMessage;
import java.time.Instant;
import java.util.List;

/**
 * A message sent from a card. On the way in only {@code channel} (EMAIL or SMS), {@code to} (an
 * address or number on the card), {@code subject} (e-mail only, optional), {@code text} and
 * {@code conversationId} (optional) count. On the way out {@code status} is SENT, RECORDED (SMS kept
 * in Tiski only) or FAILED with {@code error}; SENDING only in a history read while it is on its way.
 */
public record ContactMessageJson(Long id, String channel, String to, String subject, String text, String status,
                                 String error, String sentBy, Instant sentAt, Long conversationId) {

    static ContactMessageJson of(ContactMessage message) {
        return new ContactMessageJson(message.getId(), message.getChannel().name(), message.getRecipient(),
                message.getSubject(), message.getBody(), message.getStatus().name(), message.getError(),
                message.getSender().getDisplayName(), message.getSentAt(), message.getConversationId());
    }

    static List<ContactMessageJson> of(List<ContactMessage> messages) {
        return messages.stream().map(ContactMessageJson::of).toList();
    }

    static ContactMessages.Draft draftOf(ContactMessageJson json) {
        return json == null ? new ContactMessages.Draft(null, null, null, null, null)
                : new ContactMessages.Draft(json.channel, json.to, json.subject, json.text, json.conversationId);
    }
}
