package io.tiski.routing.boundary;

import io.tiski.routing.entity.Handover;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A transfer or invitation: who asked whom (an agent or a queue) about which conversation, and its state. */
@JsonbNillable
public record HandoverJson(long id, String kind, String status, WaitingCustomerJson conversation, Long targetAgentId,
                           String targetAgentName, Long targetQueueId, String targetQueueName, String comment,
                           String requestedBy, Instant expiresAt) {

    public static HandoverJson of(Handover h) {
        var agent = h.getTargetAgent();
        var queue = h.getTargetQueue();
        return new HandoverJson(h.getId(), h.getKind().name(), h.getStatus().name(),
                WaitingCustomerJson.of(h.getConversation()),
                agent == null ? null : agent.getId(), agent == null ? null : agent.getDisplayName(),
                queue == null ? null : queue.getId(), queue == null ? null : queue.getName(),
                h.getComment(), h.getRequestedBy().getDisplayName(), h.getExpiresAt());
    }
}
