package io.tiski.routing.boundary;

import io.tiski.routing.control.InboxChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The agents' WebSocket connections to this server, and the one way their inbox reaches them:
 * the whole inbox, read from the database, sent when it differs from what that connection last got.
 * Changes made on this server are pushed right after their commit; {@link AgentInboxSweep}
 * catches up every two seconds with changes another server made.
 */
@ApplicationScoped
public class AgentConnections {

    private static final Logger LOG = Logger.getLogger(AgentConnections.class.getName());
    private static final String USER = "tiski.userId";
    private static final String ORGANISATION = "tiski.organisationId";
    private static final String LAST_SENT = "tiski.lastInbox";

    private final Set<Session> sessions = ConcurrentHashMap.newKeySet();

    @Inject
    AgentInboxes inboxes;

    @Inject
    Event<InboxChanged> refreshes;

    void open(Session session, long organisationId, long userId) {
        session.getUserProperties().put(USER, userId);
        session.getUserProperties().put(ORGANISATION, organisationId);
        sessions.add(session);
        refresh(session);
    }

    void close(Session session) {
        sessions.remove(session);
    }

    /** Every connection of this server, checked against the database (the catch-up sweep). */
    void refreshAll() {
        sessions.forEach(this::refresh);
    }

    // After the commit, so the inbox read sees the change; on another thread, because a transaction
    // that has just completed is no place to start new ones.
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged event) {
        if (!sessions.isEmpty()) {
            refreshes.fireAsync(event);
        }
    }

    void refresh(@ObservesAsync InboxChanged event) {
        for (var session : sessions) {
            var props = session.getUserProperties();
            if (Objects.equals(props.get(ORGANISATION), event.organisationId())
                    && (event.agentId() == null || Objects.equals(props.get(USER), event.agentId()))) {
                refresh(session);
            }
        }
    }

    private void refresh(Session session) {
        if (!session.isOpen()) {
            sessions.remove(session);
            return;
        }
        var props = session.getUserProperties();
        String inbox = inboxes.of((Long) props.get(ORGANISATION), (Long) props.get(USER));
        // One send at a time per connection; the comparison and the send belong together.
        synchronized (session) {
            if (inbox.equals(props.get(LAST_SENT))) {
                return;
            }
            try {
                session.getBasicRemote().sendText(inbox);
                props.put(LAST_SENT, inbox);
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Agent connection lost while sending", e);
                sessions.remove(session);
            }
        }
    }
}
