package io.tiski.routing.control;

/**
 * Waiting customers left the line of a queue before any agent took them: one who left (fired
 * inside the leaving transaction), or those who went silent, ended in bulk by
 * {@link WaitingLine#abandonSilent} (one event per queue).
 */
public record WaitAbandoned(long organisationId, long queueId) {
}
