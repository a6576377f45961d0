package io.tiski.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
 * The customers' lines held by this server, by conversation. One that fails a send is left to
 * catch up by number, and nothing here ever throws back at the caller.
 * <p>
 * A conversation holds at most {@code tiski.chat.lines-per-conversation} customer lines (5): a
 * widget normally holds one, and the ones before a reconnect may linger half-open until a write to
 * them fails. The newest always gets in, and the oldest makes way (closed, 1008 "Replaced"): a
 * customer whose old lines are dead is never locked out, and one who opens line after line only
 * loses their own older ones.
 */
@ApplicationScoped
public class CustomerLines {

    private static final Logger LOG = Logger.getLogger(CustomerLines.class.getName());

    // Each conversation's lines, oldest first, as an unmodifiable list replaced whole (under the
    // map's lock for that key), so a delivery reads one without a lock and never sees it change.
    private final Map<Long, List<Session>> customers = new ConcurrentHashMap<>();

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

    /** Sends the frame to every line of the conversation held here. */
    void send(long conversationId, String frame) {
        for (var line : customers.getOrDefault(conversationId, List.of())) {
            try {
                ChatFrames.sendText(line, frame);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A customer line missed a frame; it catches up by number", e);
            }
        }
    }
}
