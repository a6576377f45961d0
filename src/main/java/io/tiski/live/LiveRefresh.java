package io.tiski.live;

import io.tiski.platform.FailureLog;
import io.tiski.platform.OneRunAtATime;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads inboxes, queue boards and customers' statuses again for this server's lines, on the
 * container's threads (with the application's context, unlike the cluster's own threads), each in
 * its own short transaction.
 * Requests for the same thing that arrive while one waits are that one; while one runs, they make
 * it read once more after. The cost of a change is thus the same whatever the number of agents
 * online: one reading of the boards per organisation and server, one inbox per agent concerned,
 * one reading of a queue's waiting line whatever the number of customers waiting in it.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveRefresh {

    /** Something to read again; equal readings asked for while one waits are that one. */
    public sealed interface Reading permits Request, CustomerRead {
    }

    /** The inboxes (of one agent, or all when agentId is null) or the boards of an organisation. */
    public record Request(Broadcast.Kind kind, long organisationId, Long agentId) implements Reading {
    }

    /** For the customers' lines: one conversation (then its queue's line too), or a queue's line. */
    public record CustomerRead(Long conversationId, Long queueId) implements Reading {

        static CustomerRead of(Broadcast broadcast) {
            return broadcast.conversationId() != null ? new CustomerRead(broadcast.conversationId(), null)
                    : new CustomerRead(null, broadcast.queueId());
        }
    }

    private final Set<Reading> waiting = ConcurrentHashMap.newKeySet();
    private final OneRunAtATime<Reading> runs = new OneRunAtATime<>();

    @Resource
    SessionContext context;

    @Inject
    AgentConnections agents;

    @Inject
    QueueBoardPush boards;

    @Inject
    CustomerStatusPush customers;

    public void requested(Reading reading) {
        if (waiting.add(reading)) {
            context.getBusinessObject(LiveRefresh.class).refresh(reading);
        }
    }

    @Asynchronous
    public void refresh(Reading reading) {
        waiting.remove(reading);
        try {
            runs.run(reading, () -> {
                read(reading);
                return 1;
            });
        } catch (RuntimeException e) {
            // The database away for a moment: the lines keep what they have until the next change or sweep.
            FailureLog.failed("live refresh", e);
        }
    }

    private void read(Reading reading) {
        if (reading instanceof Request request) {
            if (request.kind() == Broadcast.Kind.QUEUES) {
                boards.changed(request.organisationId());
            } else {
                agents.inboxChanged(request.organisationId(), request.agentId());
            }
        } else if (reading instanceof CustomerRead read) {
            if (read.conversationId() != null) {
                // Taken, handed on or ended: whoever waited behind it in its queue moved up.
                customers.conversationChanged(read.conversationId())
                        .ifPresent(queueId -> requested(new CustomerRead(null, queueId)));
            } else {
                customers.queueChanged(read.queueId());
            }
        }
    }
}
