package io.tiski.live;

import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.routing.control.CustomerStatus;
import io.tiski.routing.control.CustomerStatuses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Optional;

/**
 * Reads customers' statuses again for the lines this server holds and sends each its status frame
 * ({@link CustomerStatusJson}) when it changed. Called by {@link LiveRefresh}, on the container's
 * threads; a queue's whole line is read in one go (its order and its history), never one query per
 * customer waiting in it.
 */
@ApplicationScoped
public class CustomerStatusPush {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    CustomerStatuses statuses;

    @Inject
    CustomerLines customers;

    /**
     * The status of one conversation, to its lines here; answers its queue when that queue's line
     * may have moved too (the conversation was just taken from it, or waits there after a transfer).
     */
    Optional<Long> conversationChanged(long conversationId) {
        long readAt = StateFrames.reading();
        var status = statuses.of(conversationId);
        status.ifPresent(s -> send(s, readAt));
        return status.filter(s -> s.status() != ConversationStatus.ENDED).map(CustomerStatus::queueId);
    }

    /** The places of everyone waiting in the queue, to those whose lines are here. */
    void queueChanged(long queueId) {
        long readAt = StateFrames.reading();
        for (var status : statuses.waitingIn(queueId)) {
            send(status, readAt);
        }
    }

    private void send(CustomerStatus status, long readAt) {
        if (customers.holds(status.conversationId())) {
            customers.sendStatus(status.conversationId(), JSON.toJson(CustomerStatusJson.of(status)), readAt);
        }
    }
}
