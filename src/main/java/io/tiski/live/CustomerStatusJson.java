package io.tiski.live;

import io.tiski.routing.control.CustomerStatus;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The frame (type "status") a customer's line gets on its hello and whenever their conversation's
 * status changes: {@code state} "waiting" (with {@code position}, 1 for the first in line, and
 * {@code estimatedWaitSeconds}, null without history), "assigned" (with {@code agentName}: after a
 * transfer to an agent, the new one) or "ended". {@code queueName} says which queue it waits in
 * (after a transfer to another queue, the new one); {@code attachmentsAllowed} and {@code timeZone}
 * are what the chat view needs.
 */
@JsonbNillable
public record CustomerStatusJson(String type, long conversationId, String state, String queueName, Integer position,
                                 Long estimatedWaitSeconds, String agentName, boolean attachmentsAllowed,
                                 String timeZone) {

    static CustomerStatusJson of(CustomerStatus status) {
        String state = switch (status.status()) {
            case WAITING -> "waiting";
            case ACTIVE -> "assigned";
            case ENDED -> "ended";
        };
        return new CustomerStatusJson("status", status.conversationId(), state, status.queueName(), status.position(),
                status.estimatedWaitSeconds(), status.agentName(), status.attachmentsAllowed(), status.timeZone());
    }
}
