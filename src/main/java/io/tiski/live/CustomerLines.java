package io.tiski.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    // The conversations held here, by organisation: a change in an organisation where this server
    // holds no customer line is read by nobody here. Kept under the same lock as the lines (the
    // conversation's key in the map above); an organisation's set stays when it empties (one per
    // organisation, never per conversation).
    private final Map<Long, Set<Long>> byOrganisation = new ConcurrentHashMap<>();

    // The last status frame each line got, so an unchanged status (most re-reads) is not sent again.
    private static final String STATUS = "status";

    @Inject
    @ConfigProperty(name = "tiski.chat.lines-per-conversation", defaultValue = "5")
    int linesPerConversation;

    /** Adds the customer's line; answers the oldest line that makes way for it, if the conversation had its fill. */
    Optional<Session> customerFollows(long organisationId, long conversationId, Session session) {
        Session[] replaced = new Session[1];
        customers.compute(conversationId, (id, lines) -> {
            byOrganisation.computeIfAbsent(organisationId, org -> ConcurrentHashMap.newKeySet()).add(conversationId);
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

    /** Answers whether the conversation still has a line here. */
    boolean customerLeft(long organisationId, long conversationId, Session session) {
        var left = customers.computeIfPresent(conversationId, (id, lines) -> {
            var followers = lines.stream().filter(line -> line != session).toList();
            if (followers.isEmpty()) {
                byOrganisation.getOrDefault(organisationId, Set.of()).remove(conversationId);
                return null;
            }
            return followers;
        });
        return left != null;
    }

    boolean holdsLinesOf(long organisationId) {
        return !byOrganisation.getOrDefault(organisationId, Set.of()).isEmpty();
    }

    boolean holds(long conversationId) {
        return customers.containsKey(conversationId);
    }

    /** The conversations that have a line here now. */
    Set<Long> conversations() {
        return Set.copyOf(customers.keySet());
    }

    /** The customer's status read at {@code readAt}, to each of their lines here where it is news ({@link StateFrames}). */
    void sendStatus(long conversationId, String frame, long readAt) {
        for (var line : customers.getOrDefault(conversationId, List.of())) {
            // A line that failed is closing; its hello after the reconnect gets the status again.
            StateFrames.send(line, STATUS, frame, readAt);
        }
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
