package io.tiski.routing.control;

/** A queue as the agents' sidebar shows it: open or not, and how many customers wait in it. */
public record QueueLoad(long id, String name, boolean open, long waiting) {
}
