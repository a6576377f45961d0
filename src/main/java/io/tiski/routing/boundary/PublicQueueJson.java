package io.tiski.routing.boundary;

/** A queue as a customer sees it: no settings, no handlers. */
public record PublicQueueJson(long id, String name, boolean open) {
}
