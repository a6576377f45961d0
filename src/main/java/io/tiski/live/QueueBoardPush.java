package io.tiski.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the desk's queue sidebar ("queues" frame: every queue of the organisation, open or not,
 * customers waiting, handled by this agent or not) up to date on the agents' lines, the way
 * {@link AgentConnections} keeps the inbox: sent when the line opens; read again on every server
 * that holds lines of the organisation once a change to a waiting count or a queue is committed
 * anywhere ({@link LiveEvents}, {@link LiveDelivery}); and compared by {@link AgentLineSweep}, which
 * repairs what a lost broadcast left behind. A line is only ever sent a board that differs from the
 * last one it got.
 */
@ApplicationScoped
public class QueueBoardPush {

    private static final Logger LOG = Logger.getLogger(QueueBoardPush.class.getName());
    private static final String QUEUES = "queues";

    @Inject
    AgentConnections connections;

    @Inject
    AgentQueueBoards boards;

    /** The board of a line that has just opened (no transaction there: read in one of its own). */
    void opened(Session session) {
        readAndSend(AgentConnections.organisationOf(session), Map.of(session, AgentConnections.userOf(session)));
    }

    /** Every line of this server, one reading per organisation (the catch-up sweep). */
    void refreshAll() {
        connections.linesByOrganisation().forEach((organisationId, lines) -> {
            try {
                readAndSend(organisationId, lines);
            } catch (RuntimeException e) {
                // The database away for a moment: the lines stay, the next sweep tries again.
                LOG.log(Level.FINE, "Queue board refresh failed; kept for the next sweep", e);
            }
        });
    }

    /** The boards of this server's lines of the organisation, read now and sent where they changed. */
    void changed(long organisationId) {
        var lines = connections.linesOf(organisationId);
        if (!lines.isEmpty()) {
            readAndSend(organisationId, lines);
        }
    }

    /** The boards of these lines of the organisation, read now and sent where they changed. */
    private void readAndSend(long organisationId, Map<Session, Long> agentByLine) {
        long readAt = StateFrames.reading();
        var boardByAgent = boards.of(organisationId, Set.copyOf(agentByLine.values()));
        agentByLine.forEach((line, agentId) -> connections.sendIfChanged(line, QUEUES, boardByAgent.get(agentId), readAt));
    }
}
