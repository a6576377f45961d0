package io.tiski.routing.boundary;

/** What a customer leaves when the queue is closed: how to reach them, and what they want. */
public record OfflineMessageJson(String name, String contact, String message) {
}
