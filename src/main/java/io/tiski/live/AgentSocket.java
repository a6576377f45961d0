package io.tiski.live;

import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.DatabaseOutage;
import io.tiski.platform.FailureLog;
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
 * invitations) and the organisation's queues with their waiting customers ({@link QueueBoardPush})
 * as JSON whenever they change, and chat messages of the agent's conversations; the
 * agent sends chat frames here ({@link AgentChatFrames}) and answers offers through /api/agent. Only signed-in
 * staff get here ({@link AgentSocketFilter} refuses the handshake otherwise).
 */
@ServerEndpoint("/ws/agent")
public class AgentSocket {

    @Inject
    StaffDirectory staff;

    @Inject
    AgentConnections connections;

    @Inject
    QueueBoardPush queueBoards;

    @Inject
    AgentChatFrames frames;

    @OnOpen
    public void open(Session session) throws IOException {
        SocketProperties.opened(session);
        var principal = session.getUserPrincipal();
        try {
            var user = principal == null ? null : staff.activeByUsername(principal.getName()).orElse(null);
            if (user == null) {
                session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "Not signed in"));
                return;
            }
            connections.open(session, user.getOrganisationId(), user.getId(), user.getRightsVersion());
            queueBoards.opened(session);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            // 1013 "try again later": the desk reconnects after a pause and gets its inbox then.
            FailureLog.failed("agent line opening", failure);
            connections.close(session);
            session.close(new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Briefly unavailable"));
        }
    }

    /** Chat frames from the desk; answers to offers and requests go through /api/agent instead. */
    @OnMessage(maxMessageSize = 64 * 1024)
    public void message(String text, Session session) {
        frames.received(session, AgentConnections.organisationOf(session), AgentConnections.userOf(session), text);
    }

    @OnClose
    public void close(Session session) {
        connections.close(session);
    }

    // Closed, not just forgotten: the desk reconnects and gets its inbox and queues afresh.
    @OnError
    public void error(Session session, Throwable error) {
        connections.close(session);
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "Error"));
        } catch (IOException ignored) {
            // already gone
        }
    }
}
