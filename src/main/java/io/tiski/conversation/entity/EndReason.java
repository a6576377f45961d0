package io.tiski.conversation.entity;

/** Why a conversation ended; statistics count abandoned waits apart from served chats. */
public enum EndReason {
    /** The customer left the queue, or their connection went away and did not come back. */
    ABANDONED,
    /** The customer ended an active conversation. */
    CUSTOMER_ENDED,
    /** An agent ended an active conversation. */
    AGENT_ENDED
}
