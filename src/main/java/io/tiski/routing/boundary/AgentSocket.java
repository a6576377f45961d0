package io.tiski.routing.boundary;

import io.tiski.organisation.control.StaffDirectory;
import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;

/**
 * /ws/agent: the desk's live line. The server pushes the agent's inbox (offers, transfers,
 * invitations) as JSON whenever it changes; the agent answers through /api/agent. Only signed-in
 * staff get here ({@link AgentSocketFilter} refuses the handshake otherwise).
 */
@ServerEndpoint("/ws/agent")
public class AgentSocket {

    @Inject
    StaffDirectory staff;

    @Inject
    AgentConnections connections;

    @OnOpen
    public void open(Session session) throws IOException {
        var principal = session.getUserPrincipal();
        var user = principal == null ? null : staff.activeByUsername(principal.getName()).orElse(null);
        if (user == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Not signed in"));
            return;
        }
        connections.open(session, user.getOrganisationId(), user.getId());
    }

    /** Nothing to receive yet: a client may send anything (e.g. a keep-alive) and gets no answer. */
    @OnMessage
    public void message(String text) {
        // Answers go through /api/agent, where every call is checked and transactional.
    }

    @OnClose
    public void close(Session session) {
        connections.close(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        connections.close(session);
    }
}
