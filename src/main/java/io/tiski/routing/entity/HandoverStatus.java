package io.tiski.routing.entity;

/** A handover is PENDING until its target answers, it runs out, or the requester takes it back. */
public enum HandoverStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    EXPIRED,
    CANCELLED,
    /** A transfer to a queue: done at once, kept for the conversation's history. */
    COMPLETED
}
