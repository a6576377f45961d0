package io.tiski.live;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every 30 seconds, a repair, not the way changes travel ({@link LiveEvents} broadcasts each one
 * once committed): each agent line held by this server gets its inbox and its queue sidebar again,
 * each only if it changed. It repairs what a lost broadcast left behind (the cluster away, a
 * server killed between its commit and its broadcast). It also brings this server back into the
 * live line's cluster if its member had stopped.
 */
@Singleton
public class AgentLineSweep {

    @Inject
    AgentConnections connections;

    @Inject
    QueueBoardPush queueBoards;

    @Inject
    LiveCluster cluster;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        cluster.rejoinIfStopped();
        connections.refreshAll();
        queueBoards.refreshAll();
    }
}
