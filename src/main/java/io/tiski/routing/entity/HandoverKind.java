package io.tiski.routing.entity;

/** What a handover asks of its target: take the conversation over, or join it beside its owner. */
public enum HandoverKind {
    TRANSFER,
    INVITE
}
