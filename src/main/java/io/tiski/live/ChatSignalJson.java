package io.tiski.live;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * A frame about the conversation that is not a message: {@code typing} (sender, senderName),
 * {@code seen} (seq: the customer has read up to there), {@code ended}.
 */
@JsonbNillable
public record ChatSignalJson(String type, long conversationId, String sender, String senderName, Long seq) {

    static ChatSignalJson typing(long conversationId, String sender, String senderName) {
        return new ChatSignalJson("typing", conversationId, sender, senderName, null);
    }

    static ChatSignalJson seen(long conversationId, long seq) {
        return new ChatSignalJson("seen", conversationId, null, null, seq);
    }

    /** Type "notes" or "tags": they changed, read them again. */
    static ChatSignalJson annotated(String what, long conversationId) {
        return new ChatSignalJson(what, conversationId, null, null, null);
    }

    static ChatSignalJson ended(long conversationId) {
        return new ChatSignalJson("ended", conversationId, null, null, null);
    }
}
