package io.tiski.routing.control;

/** A customer joined a queue (fired inside the joining transaction). */
public record CustomerQueued(long organisationId, long queueId) {
}
