package io.tiski.live;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every two seconds, each agent line held by this server gets its inbox and its queue sidebar
 * again, each only if it changed: offers made, requests sent and queues changed by another server,
 * offers that ended without an event here (another agent picked the customer, the customer left),
 * and customers who went silent (ended in bulk, without events).
 */
@Singleton
public class AgentLineSweep {

    @Inject
    AgentConnections connections;

    @Inject
    QueueBoardPush queueBoards;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        connections.refreshAll();
        queueBoards.refreshAll();
    }
}
