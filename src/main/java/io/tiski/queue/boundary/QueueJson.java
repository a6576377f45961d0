package io.tiski.queue.boundary;

import io.tiski.organisation.entity.StaffUser;
import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.RoutingMode;
import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/** A queue as the REST API shows it (settings without a value appear as null). */
@JsonbNillable
public record QueueJson(long id, String name, boolean open, int maxChatsPerAgent, boolean attachmentsAllowed,
                        RoutingMode routingMode, int offerTimeoutSeconds, String contactEmail, int maxWaiting,
                        List<Long> handlerIds) {

    static QueueJson of(Queue queue) {
        var handlers = queue.getHandlers().stream().map(StaffUser::getId).sorted().toList();
        return new QueueJson(queue.getId(), queue.getName(), queue.isOpen(), queue.getMaxChatsPerAgent(),
                queue.isAttachmentsAllowed(), queue.getRoutingMode(), queue.getOfferTimeoutSeconds(),
                queue.getContactEmail(), queue.getMaxWaiting(), handlers);
    }
}
