package io.tiski.chat;

import jakarta.json.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One side's messages in one conversation of {@link FailoverCrowd}, as the clients' outbox keeps
 * them: each client id given before the first try, one message in flight. Guarded by its client.
 */
final class ChatWriter {
    final String side;
    final long conversation;
    private final List<String> sent = new ArrayList<>();
    private final List<String> acked = Collections.synchronizedList(new ArrayList<>());
    String pending;

    ChatWriter(String side, long conversation) {
        this.side = side;
        this.conversation = conversation;
    }

    void next() {
        pending = String.format("%s-%d-%02d", side, conversation, sent.size() + 1);
        sent.add(pending);
    }

    /** The one in flight is stored (a repeated ack of an earlier one changes nothing). */
    void acked(String clientId) {
        if (clientId.equals(pending)) {
            acked.add(clientId);
            pending = null;
        }
    }

    String frame(boolean staff) {
        var frame = Json.createObjectBuilder().add("type", "send").add("clientId", pending).add("body", "m " + pending);
        if (staff) {
            frame.add("conversationId", conversation);
        }
        return frame.build().toString();
    }

    int sentCount() {
        return sent.size();
    }

    int ackedCount() {
        return acked.size();
    }

    List<String> ackedIds() {
        synchronized (acked) {
            return List.copyOf(acked);
        }
    }
}
