package io.tiski.routing.control;

/**
 * A waiting customer left the line before any agent took them (fired inside the leaving
 * transaction). Customers who went silent are ended in bulk by {@link WaitingLine#abandonSilent}
 * without this event; whoever needs to know about them reads the database again.
 */
public record WaitAbandoned(long organisationId, long queueId) {
}
