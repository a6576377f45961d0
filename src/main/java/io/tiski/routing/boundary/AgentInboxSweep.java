package io.tiski.routing.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every two seconds, each agent connected to this server gets their inbox again if it changed:
 * offers made and requests sent by another server, and offers that ended without an event here
 * (another agent picked the customer, the customer left).
 */
@Singleton
public class AgentInboxSweep {

    @Inject
    AgentConnections connections;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        connections.refreshAll();
    }
}
