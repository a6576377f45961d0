package io.tiski.routing.control;

/**
 * What an agent is asked to answer (offers, transfers, invitations) may have changed: for one
 * agent, or for every agent of the organisation when {@code agentId} is null (a request to a queue).
 * Fired inside the transaction that made the change.
 */
public record InboxChanged(long organisationId, Long agentId) {
}
