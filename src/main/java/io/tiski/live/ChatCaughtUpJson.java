package io.tiski.live;

/** Ends a catch-up: the client has everything it may see up to {@code lastSeq} (type "caughtUp"). */
public record ChatCaughtUpJson(String type, long conversationId, long lastSeq) {

    ChatCaughtUpJson(long conversationId, long lastSeq) {
        this("caughtUp", conversationId, lastSeq);
    }
}
