package io.tiski.routing.control;

import io.tiski.conversation.entity.Conversation;

/** The outcome of a "start chat": the conversation, and whether this request created it. */
public record Joined(Conversation conversation, boolean created) {
}
