package io.tiski.routing.control;

/** An agent may take a customer now: they came online, left a call, ended a chat or declined an offer. */
public record AgentFreed(long organisationId, long agentId) {
}
