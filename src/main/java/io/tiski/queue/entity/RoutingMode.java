package io.tiski.queue.entity;

/** How waiting customers of a queue reach agents. */
public enum RoutingMode {
    /** Handlers see the waiting line and pick customers themselves. */
    PICK,
    /** Tiski offers each customer to one available handler, who accepts or rejects. */
    OFFER
}
