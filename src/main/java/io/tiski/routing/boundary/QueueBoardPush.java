package io.tiski.routing.boundary;

import io.tiski.platform.AfterCommit;
import io.tiski.queue.control.QueueChanged;
import io.tiski.routing.control.ConversationEvent;
import io.tiski.routing.control.CustomerQueued;
import io.tiski.routing.control.WaitAbandoned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.websocket.Session;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the desk's queue sidebar ("queues" frame: every queue of the organisation, open or not,
 * customers waiting, handled by this agent or not) up to date on the agents' lines, the way
 * {@link AgentConnections} keeps the inbox: sent when the line opens; read inside every transaction
 * that changes a waiting count or a queue and sent right after its commit; and compared every two
 * seconds by {@link AgentLineSweep}, which brings changes made on another server, silent customers
 * ended in bulk, and repairs a board overtaken by an older one. A line is only ever sent a board
 * that differs from the last one it got.
 */
@ApplicationScoped
public class QueueBoardPush {

    private static final Logger LOG = Logger.getLogger(QueueBoardPush.class.getName());
    private static final String QUEUES = "queues";

    @Inject
    AgentConnections connections;

    @Inject
    AgentQueueBoards boards;

    @Inject
    AfterCommit afterCommit;

    /** The board of a line that has just opened (no transaction there: read in one of its own). */
    void opened(Session session) {
        long organisationId = AgentConnections.organisationOf(session);
        send(boardsOf(organisationId, Map.of(session, AgentConnections.userOf(session))));
    }

    /** Every line of this server, one reading per organisation (the catch-up sweep). */
    void refreshAll() {
        connections.linesByOrganisation().forEach((organisationId, lines) -> {
            try {
                send(boardsOf(organisationId, lines));
            } catch (RuntimeException e) {
                // The database away for a moment: the lines stay, the next sweep tries again.
                LOG.log(Level.FINE, "Queue board refresh failed; kept for the next sweep", e);
            }
        });
    }

    // The changes that move a waiting count or change a queue. A transfer to a queue fires two of
    // them; the second reading equals the first, and an equal board is not sent again.

    void customerQueued(@Observes CustomerQueued event) {
        changed(event.organisationId());
    }

    void waitAbandoned(@Observes WaitAbandoned event) {
        changed(event.organisationId());
    }

    void queueChanged(@Observes QueueChanged event) {
        changed(event.organisationId());
    }

    void conversationMoved(@Observes ConversationEvent event) {
        if (event.kind() == ConversationEvent.Kind.STARTED || event.kind() == ConversationEvent.Kind.TRANSFERRED_TO_QUEUE) {
            changed(event.organisationId());
        }
    }

    /**
     * Read inside the changing transaction, so the reading includes the change (and nothing is
     * read when this server holds no line of the organisation); sent after the commit, never
     * before: a rollback must not show a customer who never joined.
     */
    private void changed(long organisationId) {
        var lines = connections.linesOf(organisationId);
        if (lines.isEmpty()) {
            return;
        }
        var boardByLine = boardsOf(organisationId, lines);
        afterCommit.run(() -> send(boardByLine));
    }

    private Map<Session, String> boardsOf(long organisationId, Map<Session, Long> agentByLine) {
        var boardByAgent = boards.of(organisationId, Set.copyOf(agentByLine.values()));
        Map<Session, String> boardByLine = new HashMap<>();
        agentByLine.forEach((line, agentId) -> boardByLine.put(line, boardByAgent.get(agentId)));
        return boardByLine;
    }

    private void send(Map<Session, String> boardByLine) {
        boardByLine.forEach((line, board) -> connections.sendIfChanged(line, QUEUES, board));
    }
}
