package io.tiski.routing.entity;

/** Whether an agent takes chats now. Only ONLINE agents are ever offered or given a customer. */
public enum Presence {
    ONLINE, AWAY, OFFLINE
}
