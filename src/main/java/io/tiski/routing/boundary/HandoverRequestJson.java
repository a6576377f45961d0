package io.tiski.routing.boundary;

import io.tiski.platform.InvalidInput;
import io.tiski.routing.control.HandoverRequest;
import io.tiski.routing.entity.HandoverKind;

/** Body of a transfer or invitation: {@code agentId} or {@code queueId}, and an optional comment. */
public record HandoverRequestJson(Long agentId, Long queueId, String comment) {

    static HandoverRequest of(HandoverKind kind, HandoverRequestJson json) {
        if (json == null) {
            throw new InvalidInput("target", "handover.target.required");
        }
        return new HandoverRequest(kind, json.agentId(), json.queueId(), json.comment());
    }
}
