package io.tiski.live;

import io.tiski.platform.FailureLog;
import io.tiski.platform.OneRunAtATime;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
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
 *
 * <p>Queue boards and waiting lines are also paced: read at most once per {@link #PACE} each (a
 * change that comes sooner waits for the rest of it, on a timer). Every join, offer, accept and end
 * changes both, and each reading of a board sends a frame to every agent's line of the
 * organisation: without the pace their cost grew with the rate of changes (the routing
 * benchmark's ceiling fell from 70 to 40 joins a second with 200 agents). Inboxes and one
 * conversation's status, which carry offers and assignments, are read at once.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LiveRefresh {

    /** Something to read again; equal readings asked for while one waits are that one. */
    public sealed interface Reading extends Serializable permits Request, CustomerRead {

        /** Whether it is read at most once per {@link #PACE}: a queue board, a queue's waiting line. */
        boolean paced();
    }

    /** The least time between two readings of one queue board or one waiting line. */
    static final Duration PACE = Duration.ofMillis(250);

    /** The inboxes (of one agent, or all when agentId is null) or the boards of an organisation. */
    public record Request(Broadcast.Kind kind, long organisationId, Long agentId) implements Reading {

        @Override
        public boolean paced() {
            return kind == Broadcast.Kind.QUEUES;
        }
    }

    /** For the customers' lines: one conversation (then its queue's line too), or a queue's line. */
    public record CustomerRead(Long conversationId, Long queueId) implements Reading {

        @Override
        public boolean paced() {
            return conversationId == null;
        }

        static CustomerRead of(Broadcast broadcast) {
            return broadcast.conversationId() != null ? new CustomerRead(broadcast.conversationId(), null)
                    : new CustomerRead(null, broadcast.queueId());
        }
    }

    private final Set<Reading> waiting = ConcurrentHashMap.newKeySet();
    private final OneRunAtATime<Reading> runs = new OneRunAtATime<>();
    // When each paced reading last started (System.nanoTime)
    private final Map<Reading, Long> lastStarted = new ConcurrentHashMap<>();

    @Resource
    SessionContext context;

    @Resource
    TimerService timers;

    @Inject
    AgentConnections agents;

    @Inject
    QueueBoardPush boards;

    @Inject
    CustomerStatusPush customers;

    public void requested(Reading reading) {
        if (!waiting.add(reading)) {
            return;
        }
        Long last = reading.paced() ? lastStarted.get(reading) : null;
        long waitMillis = last == null ? 0 : PACE.minusNanos(System.nanoTime() - last).toMillis();
        if (waitMillis > 0) {
            timers.createSingleActionTimer(waitMillis, new TimerConfig(reading, false));
        } else {
            context.getBusinessObject(LiveRefresh.class).refresh(reading);
        }
    }

    @Timeout
    void paceOver(Timer timer) {
        context.getBusinessObject(LiveRefresh.class).refresh((Reading) timer.getInfo());
    }

    @Asynchronous
    public void refresh(Reading reading) {
        waiting.remove(reading);
        if (reading.paced()) {
            lastStarted.put(reading, System.nanoTime());
        }
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
