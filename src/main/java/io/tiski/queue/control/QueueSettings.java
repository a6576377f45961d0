package io.tiski.queue.control;

import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.RoutingMode;

/** Everything an admin sets on a queue in one go; the queue entity checks each value. */
public record QueueSettings(String name, int maxChatsPerAgent, boolean attachmentsAllowed, RoutingMode routingMode,
                            int offerTimeoutSeconds, String contactEmail, int maxWaiting) {

    /** The settings the queue has now, to change one or two of them. */
    public static QueueSettings of(Queue queue) {
        return new QueueSettings(queue.getName(), queue.getMaxChatsPerAgent(), queue.isAttachmentsAllowed(),
                queue.getRoutingMode(), queue.getOfferTimeoutSeconds(), queue.getContactEmail(), queue.getMaxWaiting());
    }
}
