package io.tiski.routing.control;

/** An agent stopped taking chats: went away or offline. */
public record AgentUnavailable(long organisationId, long agentId) {
}
