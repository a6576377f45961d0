package io.tiski.queue.control;

/**
 * A queue of the organisation was created, renamed, reconfigured, given other handlers, opened,
 * closed or deleted, by an admin or by its schedule. Fired inside the transaction that made the
 * change, so an observer can read the new state there (the agents' queue sidebar does).
 */
public record QueueChanged(long organisationId, long queueId) {
}
