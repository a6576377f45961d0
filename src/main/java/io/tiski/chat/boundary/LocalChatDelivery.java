package io.tiski.chat.boundary;

import io.tiski.chat.control.ChatDelivery;
import io.tiski.chat.control.Posted;
import io.tiski.chat.control.Signal;
import io.tiski.routing.boundary.AgentConnections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Delivery to the connections held by this server: the customer's (by conversation) and the
 * agents' live lines (by user). Private messages go to staff only.
 */
@ApplicationScoped
public class LocalChatDelivery implements ChatDelivery {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final Map<Long, Set<Session>> customers = new ConcurrentHashMap<>();

    @Inject
    AgentConnections agents;

    void customerFollows(long conversationId, Session session) {
        customers.compute(conversationId, (id, sessions) -> {
            var followers = sessions == null ? ConcurrentHashMap.<Session>newKeySet() : sessions;
            followers.add(session);
            return followers;
        });
    }

    void customerLeft(long conversationId, Session session) {
        customers.computeIfPresent(conversationId, (id, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }

    @Override
    public void deliver(Posted posted) {
        var message = posted.message();
        String frame = JSON.toJson(ChatMessageJson.of(message, posted.senderName()));
        if (!message.isStaffOnly()) {
            customers.getOrDefault(message.getConversationId(), Set.of()).forEach(s -> ChatFrames.sendText(s, frame));
        }
        posted.staff().forEach(userId -> agents.sendTo(userId, frame));
    }

    @Override
    public void signal(Signal signal) {
        String frame = JSON.toJson(signal.frame());
        if (signal.toCustomer()) {
            customers.getOrDefault(signal.conversationId(), Set.of()).forEach(s -> ChatFrames.sendText(s, frame));
        }
        signal.staff().forEach(userId -> agents.sendTo(userId, frame));
    }
}
