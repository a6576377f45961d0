package io.tiski.queue.boundary;

import io.tiski.organisation.entity.StaffUser;
import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.RoutingMode;
import java.util.List;

/** A queue as the REST API shows it. */
public record QueueJson(long id, String name, boolean open, int maxChatsPerAgent, boolean attachmentsAllowed,
                        RoutingMode routingMode, int offerTimeoutSeconds, List<Long> handlerIds) {

    static QueueJson of(Queue queue) {
        var handlers = queue.getHandlers().stream().map(StaffUser::getId).sorted().toList();
        return new QueueJson(queue.getId(), queue.getName(), queue.isOpen(), queue.getMaxChatsPerAgent(),
                queue.isAttachmentsAllowed(), queue.getRoutingMode(), queue.getOfferTimeoutSeconds(), handlers);
    }
}
