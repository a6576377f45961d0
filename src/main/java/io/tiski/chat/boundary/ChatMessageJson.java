package io.tiski.chat.boundary;

import io.tiski.conversation.entity.Message;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;

/**
 * A stored message as both sides receive it (type "message"); clients order by {@code seq}.
 * {@code options}: the choices of an agent's options menu (empty for none); {@code answerTo}: the
 * message whose menu a customer's message answers.
 */
@JsonbNillable
public record ChatMessageJson(String type, long conversationId, long seq, String sender, String senderName,
                              String body, boolean staffOnly, Instant at, String clientId, List<String> options,
                              Long answerTo) {

    static ChatMessageJson of(Message m, String senderName) {
        return new ChatMessageJson("message", m.getConversationId(), m.getSeq(), m.getSenderType().name(), senderName,
                m.getBody(), m.isStaffOnly(), m.getCreatedAt(), m.getClientId(), m.getOptions(), m.getAnswerTo());
    }
}
