package io.tiski.routing.control;

import io.tiski.platform.InvalidInput;
import io.tiski.routing.entity.Handover;
import io.tiski.routing.entity.HandoverKind;

/** Hand a conversation to one agent or to a queue (exactly one of the two), with an optional comment. */
public record HandoverRequest(HandoverKind kind, Long agentId, Long queueId, String comment) {

    public HandoverRequest {
        if ((agentId == null) == (queueId == null)) {
            throw new InvalidInput("target", "handover.target.required");
        }
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > Handover.MAX_COMMENT_LENGTH) {
            throw new InvalidInput("comment", "handover.comment.tooLong", Handover.MAX_COMMENT_LENGTH);
        }
    }

    public boolean toQueue() {
        return queueId != null;
    }
}
