package io.tiski.routing.boundary;

import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.control.StaffRightsChanged;
import io.tiski.platform.AfterCommit;
import io.tiski.platform.SocketProperties;
import io.tiski.platform.SocketSender;
import io.tiski.routing.control.InboxChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agents' WebSocket connections to this server, and the one way their inbox reaches them:
 * the whole inbox, read from the database, sent when it differs from what that connection last got.
 * A change made on this server is read inside its own transaction (so it sees the change) and sent
 * right after the commit, with no extra thread or transaction; {@link AgentLineSweep} catches up
 * every two seconds with changes made by another server, and with any message sent out of order.
 * {@link QueueBoardPush} sends the queue sidebar over the same lines in the same way.
 */
@ApplicationScoped
public class AgentConnections {

    private static final Logger LOG = Logger.getLogger(AgentConnections.class.getName());
    private static final String USER = "tiski.userId";
    private static final String ORGANISATION = "tiski.organisationId";
    private static final String RIGHTS = "tiski.rightsVersion";
    // Followed by the frame type: the text of the last frame of that type the line was sent.
    private static final String LAST_SENT = "tiski.last.";
    private static final String INBOX = "inbox";

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    @Inject
    AgentInboxes inboxes;

    @Inject
    AfterCommit afterCommit;

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

    /** Sends a frame to every live line of the agent held by this server. */
    public void sendTo(long userId, String frame) {
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

    /**
     * The agent's rights changed (roles, password, deactivated): their lines on this server close
     * as soon as the change commits, so nothing more reaches them. Lines on other servers close at
     * those servers' next sweep ({@link #closeLinesWithoutRights}).
     */
    void rightsChanged(@Observes StaffRightsChanged event) {
        afterCommit.run(() -> {
            for (var session : sessions) {
                if (Objects.equals(SocketProperties.of(session).get(USER), event.userId())) {
                    closeForRights(session);
                }
            }
        });
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

    /** Inside the changing transaction: reads the inboxes concerned now, sends them once it commits. */
    void changed(@Observes InboxChanged event) {
        Map<Session, String> concerned = new HashMap<>();
        for (var session : sessions) {
            var props = SocketProperties.of(session);
            if (session.isOpen() && Objects.equals(props.get(ORGANISATION), event.organisationId())
                    && (event.agentId() == null || Objects.equals(props.get(USER), event.agentId()))) {
                concerned.put(session, inboxes.of(event.organisationId(), (Long) props.get(USER)));
            }
        }
        if (concerned.isEmpty()) {
            return;
        }
        afterCommit.run(() -> concerned.forEach((session, inbox) -> sendIfChanged(session, INBOX, inbox)));
    }

    private void refresh(Session session) {
        if (!session.isOpen()) {
            sessions.remove(session);
            return;
        }
        var props = SocketProperties.of(session);
        sendIfChanged(session, INBOX, inboxes.of((Long) props.get(ORGANISATION), (Long) props.get(USER)));
    }

    /**
     * Sends a whole-state frame ({@code type}: its kind, such as "inbox") unless the line was last
     * sent the same text of that kind, so sweeps and repeated triggers cost the desk nothing.
     */
    void sendIfChanged(Session session, String type, String frame) {
        var props = SocketProperties.of(session);
        // The comparison, the send and the note of what was sent belong together: without the lock two
        // threads (a sweep, a commit) could both send, or note an older frame over a newer one.
        synchronized (session) {
            if (frame.equals(props.get(LAST_SENT + type))) {
                return;
            }
            if (SocketSender.send(session, frame)) {
                props.put(LAST_SENT + type, frame);
            } else {
                sessions.remove(session);
            }
        }
    }
}
