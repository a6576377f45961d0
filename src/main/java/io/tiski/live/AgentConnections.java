package io.tiski.live;

import io.tiski.organisation.control.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agents' WebSocket connections to this server, and the one way their inbox reaches them:
 * the whole inbox, read from the database, sent when it differs from what that connection last got.
 * A change on any server is broadcast once committed ({@link LiveEvents}), and each server reads
 * the inboxes of its own lines concerned ({@link LiveDelivery}); {@link AgentLineSweep} repairs
 * what a lost broadcast left behind. {@link QueueBoardPush} sends the queue sidebar over the same
 * lines in the same way.
 */
@ApplicationScoped
public class AgentConnections {

    private static final Logger LOG = Logger.getLogger(AgentConnections.class.getName());
    private static final String USER = "tiski.userId";
    private static final String ORGANISATION = "tiski.organisationId";
    private static final String RIGHTS = "tiski.rightsVersion";
    private static final String INBOX = "inbox";

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    @Inject
    AgentInboxes inboxes;

    @Inject
    StaffDirectory staff;

    void open(Session session, long organisationId, long userId, int rightsVersion) {
        SocketProperties.of(session).put(USER, userId);
        SocketProperties.of(session).put(ORGANISATION, organisationId);
        SocketProperties.of(session).put(RIGHTS, rightsVersion);
        sessions.add(session);
        refresh(session);
    }

    void close(Session session) {
        sessions.remove(session);
    }

    /** Sends a frame to every line of these agents held by this server; one that fails catches up by number. */
    void sendTo(List<Long> userIds, String frame) {
        for (var userId : userIds) {
            try {
                sendTo(userId, frame);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An agent's lines missed a frame; they catch up by number", e);
            }
        }
    }

    /** Sends a frame to every live line of the agent held by this server. */
    void sendTo(long userId, String frame) {
        for (var session : sessions) {
            if (Objects.equals(SocketProperties.of(session).get(USER), userId) && !SocketSender.send(session, frame)) {
                sessions.remove(session);
            }
        }
    }

    static long userOf(Session session) {
        return (Long) SocketProperties.of(session).get(USER);
    }

    static long organisationOf(Session session) {
        return (Long) SocketProperties.of(session).get(ORGANISATION);
    }

    /** The open lines of this server: by organisation, each line with its agent's id. */
    Map<Long, Map<Session, Long>> linesByOrganisation() {
        Map<Long, Map<Session, Long>> lines = new HashMap<>();
        for (var session : sessions) {
            var props = SocketProperties.of(session);
            // Checked, not cast: a line closing meanwhile loses its properties, and is left out.
            if (session.isOpen() && props.get(ORGANISATION) instanceof Long organisationId
                    && props.get(USER) instanceof Long userId) {
                lines.computeIfAbsent(organisationId, id -> new HashMap<>()).put(session, userId);
            }
        }
        return lines;
    }

    Map<Session, Long> linesOf(long organisationId) {
        return linesByOrganisation().getOrDefault(organisationId, Map.of());
    }

    /** The agent's rights changed (roles, password, deactivated): their lines here close, so nothing more reaches them. */
    void closeLinesOf(long userId) {
        for (var session : sessions) {
            if (Objects.equals(SocketProperties.of(session).get(USER), userId)) {
                closeForRights(session);
            }
        }
    }

    boolean holdsLinesOf(long organisationId) {
        return sessions.stream().anyMatch(session -> Objects.equals(SocketProperties.of(session).get(ORGANISATION), organisationId));
    }

    /** Closes every line whose agent is no longer active or whose rights changed since it opened. */
    void closeLinesWithoutRights() {
        Set<Long> users = new HashSet<>();
        sessions.forEach(session -> {
            if (SocketProperties.of(session).get(USER) instanceof Long userId) {
                users.add(userId);
            }
        });
        if (users.isEmpty()) {
            return;
        }
        Map<Long, Integer> current = staff.activeRightsVersions(users);
        for (var session : sessions) {
            var props = SocketProperties.of(session);
            if (props.get(USER) instanceof Long userId && !Objects.equals(current.get(userId), props.get(RIGHTS))) {
                closeForRights(session);
            }
        }
    }

    private void closeForRights(Session session) {
        sessions.remove(session);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Rights changed"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Line already gone", e);
        }
    }

    /** Every connection of this server, checked against the database (the catch-up sweep). */
    void refreshAll() {
        closeLinesWithoutRights();
        for (var session : sessions) {
            try {
                refresh(session);
            } catch (RuntimeException e) {
                // A line closing during the sweep loses its properties: forget it. Any other failure
                // (the database away for a moment) keeps the line; the next sweep tries again.
                if (!session.isOpen()) {
                    sessions.remove(session);
                } else {
                    LOG.log(Level.FINE, "Inbox refresh failed; kept for the next sweep", e);
                }
            }
        }
    }

    /** Reads the inboxes of the lines concerned here (every agent of the organisation when agentId is null) and sends those that changed. */
    void inboxChanged(long organisationId, Long agentId) {
        long readAt = StateFrames.reading();
        Map<Long, String> inboxByAgent = new HashMap<>();
        for (var session : sessions) {
            var props = SocketProperties.of(session);
            if (session.isOpen() && Objects.equals(props.get(ORGANISATION), organisationId)
                    && (agentId == null || Objects.equals(props.get(USER), agentId))
                    && props.get(USER) instanceof Long userId) {
                String inbox = inboxByAgent.computeIfAbsent(userId, id -> inboxes.of(organisationId, id));
                sendIfChanged(session, INBOX, inbox, readAt);
            }
        }
    }

    private void refresh(Session session) {
        if (!session.isOpen()) {
            sessions.remove(session);
            return;
        }
        var props = SocketProperties.of(session);
        long readAt = StateFrames.reading();
        sendIfChanged(session, INBOX, inboxes.of((Long) props.get(ORGANISATION), (Long) props.get(USER)), readAt);
    }

    /** Sends a whole-state frame read at {@code readAt} where it is news ({@link StateFrames}); forgets a line that failed. */
    void sendIfChanged(Session session, String type, String frame, long readAt) {
        if (!StateFrames.send(session, type, frame, readAt)) {
            sessions.remove(session);
        }
    }
}
