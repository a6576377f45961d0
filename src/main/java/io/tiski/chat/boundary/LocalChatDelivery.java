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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivery to the connections held by this server: the customer's (by conversation) and the
 * agents' live lines (by user). Private messages go to staff only. Each recipient is sent to on its
 * own: one that fails is left to catch up by number and the others still get the frame, and
 * nothing here ever throws back at the sender, whose message is already stored.
 * <p>
 * A conversation holds at most {@code tiski.chat.lines-per-conversation} customer lines (5): a
 * widget normally holds one, and the ones before a reconnect may linger half-open until a write to
 * them fails. The newest always gets in, and the oldest makes way (closed, 1008 "Replaced"): a
 * customer whose old lines are dead is never locked out, and one who opens line after line only
 * loses their own older ones.
 */
@ApplicationScoped
public class LocalChatDelivery implements ChatDelivery {

    private static final Logger LOG = Logger.getLogger(LocalChatDelivery.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    // Each conversation's lines, oldest first, as an unmodifiable list replaced whole (under the
    // map's lock for that key), so a delivery reads one without a lock and never sees it change.
    private final Map<Long, List<Session>> customers = new ConcurrentHashMap<>();

    @Inject
    AgentConnections agents;

    @Inject
    @ConfigProperty(name = "tiski.chat.lines-per-conversation", defaultValue = "5")
    int linesPerConversation;

    /** Adds the customer's line; answers the oldest line that makes way for it, if the conversation had its fill. */
    Optional<Session> customerFollows(long conversationId, Session session) {
        Session[] replaced = new Session[1];
        customers.compute(conversationId, (id, lines) -> {
            List<Session> followers = new ArrayList<>(lines == null ? List.of() : lines);
            followers.remove(session);
            followers.add(session);
            if (followers.size() > linesPerConversation) {
                replaced[0] = followers.remove(0);
            }
            return List.copyOf(followers);
        });
        return Optional.ofNullable(replaced[0]);
    }

    void customerLeft(long conversationId, Session session) {
        customers.computeIfPresent(conversationId, (id, lines) -> {
            var followers = lines.stream().filter(line -> line != session).toList();
            return followers.isEmpty() ? null : followers;
        });
    }

    @Override
    public void deliver(Posted posted) {
        var message = posted.message();
        String frame = JSON.toJson(ChatMessageJson.of(message, posted.senderName()));
        if (!message.isStaffOnly()) {
            toCustomer(message.getConversationId(), frame);
        }
        toStaff(posted.staff(), frame);
    }

    @Override
    public void signal(Signal signal) {
        String frame = JSON.toJson(signal.frame());
        if (signal.toCustomer()) {
            toCustomer(signal.conversationId(), frame);
        }
        toStaff(signal.staff(), frame);
    }

    private void toCustomer(long conversationId, String frame) {
        for (var line : customers.getOrDefault(conversationId, List.of())) {
            try {
                ChatFrames.sendText(line, frame);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A customer line missed a frame; it catches up by number", e);
            }
        }
    }

    private void toStaff(List<Long> staff, String frame) {
        for (var userId : staff) {
            try {
                agents.sendTo(userId, frame);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An agent's lines missed a frame; they catch up by number", e);
            }
        }
    }
}
