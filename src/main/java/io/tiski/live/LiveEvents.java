package io.tiski.live;

import io.tiski.chat.control.Posted;
import io.tiski.chat.control.Signal;
import io.tiski.organisation.control.StaffRightsChanged;
import io.tiski.queue.control.QueueChanged;
import io.tiski.routing.control.ConversationEnded;
import io.tiski.routing.control.ConversationEvent;
import io.tiski.routing.control.CustomerQueued;
import io.tiski.routing.control.InboxChanged;
import io.tiski.routing.control.WaitAbandoned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The one way a change reaches the live lines: every domain event a line must hear is observed
 * here once its transaction has committed ({@code AFTER_SUCCESS}: never what a rollback takes back;
 * at once when there was no transaction) and broadcast to every server ({@link LiveCluster}), whose
 * {@link LiveDelivery} sends it on. Nothing else in Tiski writes to a line, except the answers a
 * line gets to its own frames (acknowledgements, errors, catch-up).
 */
@ApplicationScoped
public class LiveEvents {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    LiveCluster cluster;

    void posted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Posted posted) {
        var message = posted.message();
        cluster.publish(Broadcast.chat(message.getConversationId(), !message.isStaffOnly(), posted.staff(),
                JSON.toJson(ChatMessageJson.of(message, posted.senderName()))));
    }

    void signalled(@Observes(during = TransactionPhase.AFTER_SUCCESS) Signal signal) {
        cluster.publish(Broadcast.chat(signal.conversationId(), signal.toCustomer(), signal.staff(),
                JSON.toJson(signal.frame())));
    }

    void inboxChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) InboxChanged event) {
        cluster.publish(Broadcast.inbox(event.organisationId(), event.agentId()));
    }

    void rightsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) StaffRightsChanged event) {
        cluster.publish(Broadcast.rights(event.userId()));
    }

    // The changes that move a waiting count or change a queue: the queue boards. A transfer to a
    // queue fires two of them; the second reading equals the first, and an equal board is not sent.

    void customerQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) CustomerQueued event) {
        cluster.publish(Broadcast.queues(event.organisationId()));
    }

    void waitAbandoned(@Observes(during = TransactionPhase.AFTER_SUCCESS) WaitAbandoned event) {
        cluster.publish(Broadcast.queues(event.organisationId()));
        // Those who waited behind them moved up.
        cluster.publish(Broadcast.customersOfQueue(event.organisationId(), event.queueId()));
    }

    void queueChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) QueueChanged event) {
        cluster.publish(Broadcast.queues(event.organisationId()));
    }

    void conversationMoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEvent event) {
        if (event.kind() == ConversationEvent.Kind.STARTED || event.kind() == ConversationEvent.Kind.TRANSFERRED_TO_QUEUE) {
            cluster.publish(Broadcast.queues(event.organisationId()));
        }
        // The customer's status: taken by an agent, by another agent, or back in a (new) queue.
        if (event.kind() == ConversationEvent.Kind.STARTED || event.kind() == ConversationEvent.Kind.TAKEN_OVER
                || event.kind() == ConversationEvent.Kind.TRANSFERRED_TO_QUEUE) {
            cluster.publish(Broadcast.customerOf(event.organisationId(), event.conversationId()));
        }
    }

    void conversationEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) ConversationEnded event) {
        cluster.publish(Broadcast.customerOf(event.organisationId(), event.conversationId()));
    }
}
