package io.tiski.live;

/** Sent to the sender only once the message is committed (type "ack"); a repeat gets the same seq. */
public record ChatAckJson(String type, long conversationId, String clientId, long seq) {

    ChatAckJson(long conversationId, String clientId, long seq) {
        this("ack", conversationId, clientId, seq);
    }
}
