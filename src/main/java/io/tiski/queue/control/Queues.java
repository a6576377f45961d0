package io.tiski.queue.control;

import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.UniqueKey;
import io.tiski.queue.entity.Queue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queues of an organisation. Every method takes the caller's organisation first, and every
 * change fires {@link QueueChanged} in its transaction.
 */
@ApplicationScoped
@Transactional
public class Queues {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    Event<QueueChanged> changed;

    public List<Queue> list(long organisationId) {
        return em.createQuery("select q from Queue q where q.organisationId = :org order by q.name", Queue.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    public Queue find(long organisationId, long queueId) {
        var queue = em.find(Queue.class, queueId);
        if (queue == null || !queue.belongsTo(organisationId)) {
            throw new NotFound("queue.notFound");
        }
        return queue;
    }

    public Queue create(long organisationId, String name) {
        var queue = new Queue(organisations.find(organisationId), name, clock.instant());
        requireFreeName(organisationId, queue.getName(), null);
        em.persist(queue);
        UniqueKey.flush(em, () -> nameTaken(queue.getName()));
        changed.fire(new QueueChanged(organisationId, queue.getId()));
        return queue;
    }

    /**
     * Changes name and settings, and the handlers unless {@code handlerIdsOrNull} is null, all or
     * nothing: one invalid value leaves the queue as it was.
     */
    public Queue update(long organisationId, long queueId, QueueSettings settings, Collection<Long> handlerIdsOrNull) {
        var queue = find(organisationId, queueId);
        requireFreeName(organisationId, Queue.validName(settings.name()), queueId);
        queue.rename(settings.name());
        queue.configure(settings.maxChatsPerAgent(), settings.attachmentsAllowed());
        queue.route(settings.routingMode(), settings.offerTimeoutSeconds());
        queue.limitWaiting(settings.maxWaiting());
        queue.mailOfflineMessagesTo(settings.contactEmail());
        if (handlerIdsOrNull != null) {
            queue.assignHandlers(handlersOf(organisationId, handlerIdsOrNull));
        }
        UniqueKey.flush(em, () -> nameTaken(queue.getName()));
        changed.fire(new QueueChanged(organisationId, queueId));
        return queue;
    }

    public Queue open(long organisationId, long queueId) {
        var queue = find(organisationId, queueId);
        queue.open();
        changed.fire(new QueueChanged(organisationId, queueId));
        return queue;
    }

    public Queue close(long organisationId, long queueId) {
        var queue = find(organisationId, queueId);
        queue.close();
        changed.fire(new QueueChanged(organisationId, queueId));
        return queue;
    }

    public Queue assignHandlers(long organisationId, long queueId, Collection<Long> userIds) {
        var queue = find(organisationId, queueId);
        queue.assignHandlers(handlersOf(organisationId, userIds));
        changed.fire(new QueueChanged(organisationId, queueId));
        return queue;
    }

    private Set<StaffUser> handlersOf(long organisationId, Collection<Long> userIds) {
        return userIds.stream().map(userId -> staff.find(organisationId, userId)).collect(Collectors.toSet());
    }

    /**
     * Deletes a queue that has never had a conversation. Conversations keep their queue for history
     * and statistics, so a queue with any is refused (close it instead); the foreign key backs this.
     */
    public void delete(long organisationId, long queueId) {
        var queue = find(organisationId, queueId);
        long conversations = em.createQuery("select count(c) from Conversation c where c.queue = :queue", Long.class)
                .setParameter("queue", queue)
                .getSingleResult();
        if (conversations > 0) {
            throw new Conflict(null, "queue.delete.hasConversations", queue.getName(), conversations);
        }
        em.remove(queue);
        changed.fire(new QueueChanged(organisationId, queueId));
    }

    // Friendly early answer; the unique key (organisation_id, name) decides races (see UniqueKey).
    private void requireFreeName(long organisationId, String name, Long exceptQueueId) {
        boolean taken = em.createQuery("select q from Queue q where q.organisationId = :org and lower(q.name) = lower(:name)",
                        Queue.class)
                .setParameter("org", organisationId)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(q -> !q.getId().equals(exceptQueueId));
        if (taken) {
            throw nameTaken(name);
        }
    }

    private static Conflict nameTaken(String name) {
        return new Conflict("name", "queue.name.taken", name);
    }
}
