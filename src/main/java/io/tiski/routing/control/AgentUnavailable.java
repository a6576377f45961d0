package io.tiski.routing.control;

/** An agent stopped taking chats: went away or offline, or into a video call. */
public record AgentUnavailable(long organisationId, long agentId) {
}
