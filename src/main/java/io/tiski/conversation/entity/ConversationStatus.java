package io.tiski.conversation.entity;

/** Where a conversation is in its life: waiting in a queue, served by an agent, or over. */
public enum ConversationStatus {
    WAITING, ACTIVE, ENDED
}
