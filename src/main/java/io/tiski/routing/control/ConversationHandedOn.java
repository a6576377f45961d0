package io.tiski.routing.control;

/**
 * A transfer was accepted: {@code previousAgentId} no longer has the conversation, which is now
 * {@code newAgentName}'s. Fired inside the accepting transaction; the desk of the previous agent is
 * told after the commit, since the chat's own messages no longer reach them.
 */
public record ConversationHandedOn(long organisationId, long conversationId, long previousAgentId, String newAgentName) {
}
