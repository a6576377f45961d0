package io.tiski.routing.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.organisation.control.Organisations;
import io.tiski.queue.entity.Queue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@link CustomerStatus}: of one conversation (the widget's GET, a line's hello, a change to
 * that conversation), or of everyone waiting in a queue at once, in a fixed number of queries
 * whatever the length of the line: the order of the line, and the history the estimate comes from.
 */
@ApplicationScoped
@Transactional
public class CustomerStatuses {

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingLine line;

    @Inject
    Organisations organisations;

    public CustomerStatus of(Conversation conversation) {
        Integer position = null;
        Long estimate = null;
        if (conversation.isWaiting()) {
            position = line.position(conversation);
            estimate = line.estimatedWait(conversation.getQueueId(), position).map(d -> d.toSeconds()).orElse(null);
        }
        var agent = conversation.getAgent();
        var queue = conversation.getQueue();
        return new CustomerStatus(conversation.getId(), conversation.getStatus(), queue.getId(), queue.getName(),
                position, estimate, agent == null ? null : agent.getDisplayName(), queue.isAttachmentsAllowed(),
                timeZone(conversation.getOrganisationId()));
    }

    /** The conversation's status; empty when it is gone. */
    public Optional<CustomerStatus> of(long conversationId) {
        return Optional.ofNullable(em.find(Conversation.class, conversationId)).map(this::of);
    }

    /** Everyone waiting in the queue, first in line first. */
    public List<CustomerStatus> waitingIn(long queueId) {
        var queue = em.find(Queue.class, queueId);
        if (queue == null) {
            return List.of();
        }
        var waiting = line.waitingIds(queueId);
        if (waiting.isEmpty()) {
            return List.of();
        }
        var secondsPerPlace = line.secondsPerPlace(queueId);
        String timeZone = timeZone(queue.getOrganisationId());
        List<CustomerStatus> statuses = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            int position = i + 1;
            Long estimate = secondsPerPlace.map(seconds -> Math.round(seconds * position)).orElse(null);
            statuses.add(new CustomerStatus(waiting.get(i), ConversationStatus.WAITING, queueId, queue.getName(),
                    position, estimate, null, queue.isAttachmentsAllowed(), timeZone));
        }
        return statuses;
    }

    private String timeZone(long organisationId) {
        return organisations.find(organisationId).timeZone().getId();
    }
}
