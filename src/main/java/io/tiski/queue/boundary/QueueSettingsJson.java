package io.tiski.queue.boundary;

import io.tiski.queue.control.QueueSettings;
import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.RoutingMode;

/**
 * What an admin may set of a queue in one request; settings left out keep their value.
 * The name is checked by the queue itself, which gives the same message as the admin screen.
 */
public record QueueSettingsJson(String name, Integer maxChatsPerAgent, Boolean attachmentsAllowed,
                                RoutingMode routingMode, Integer offerTimeoutSeconds, String contactEmail,
                                Integer maxWaiting) {

    QueueSettings appliedTo(Queue current) {
        var now = QueueSettings.of(current);
        return new QueueSettings(name == null ? now.name() : name,
                maxChatsPerAgent == null ? now.maxChatsPerAgent() : maxChatsPerAgent,
                attachmentsAllowed == null ? now.attachmentsAllowed() : attachmentsAllowed,
                routingMode == null ? now.routingMode() : routingMode,
                offerTimeoutSeconds == null ? now.offerTimeoutSeconds() : offerTimeoutSeconds,
                contactEmail == null ? now.contactEmail() : contactEmail,
                maxWaiting == null ? now.maxWaiting() : maxWaiting);
    }
}
