package io.tiski.routing.boundary;

import io.tiski.routing.control.CustomerStatus;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * What the widget learns about its own conversation. Position and estimate are there only while
 * waiting; an estimate is left out (null) when the queue has no history to base it on.
 * {@code attachmentsAllowed}: whether the queue takes files (the widget shows its attach button);
 * {@code timeZone}: the organisation's, which the widget shows message times in.
 */
@JsonbNillable
public record CustomerConversationJson(String token, String status, String queueName, Integer position,
                                       Long estimatedWaitSeconds, String agentName,
                                       boolean attachmentsAllowed, String timeZone) {

    public static CustomerConversationJson of(String token, CustomerStatus status) {
        return new CustomerConversationJson(token, status.status().name(), status.queueName(), status.position(),
                status.estimatedWaitSeconds(), status.agentName(), status.attachmentsAllowed(), status.timeZone());
    }
}
