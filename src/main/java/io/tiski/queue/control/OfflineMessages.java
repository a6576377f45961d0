package io.tiski.queue.control;

import io.tiski.platform.NotFound;
import io.tiski.queue.entity.OfflineMessage;
import io.tiski.queue.entity.Queue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Messages customers leave while a queue is closed: stored, then e-mailed by {@link OfflineMessageMailer}. */
@ApplicationScoped
@Transactional
public class OfflineMessages {

    /** Sends given up after this many tries; the message stays stored. */
    static final int MAX_SEND_ATTEMPTS = 5;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<OfflineMessageLeft> left;

    public OfflineMessage leave(long queueId, String customerName, String contact, String message) {
        var queue = em.find(Queue.class, queueId);
        if (queue == null) {
            throw new NotFound("queue.notFound");
        }
        var offline = new OfflineMessage(queue, customerName, contact, message, clock.instant());
        em.persist(offline);
        em.flush();
        left.fire(new OfflineMessageLeft(offline.getId()));
        return offline;
    }

    /** The message and its queue, locked, if it still waits to be mailed. */
    Optional<OfflineMessage> lockedUnsent(long messageId) {
        var message = em.find(OfflineMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        return message == null || message.getMailedAt() != null || message.getSendAttempts() >= MAX_SEND_ATTEMPTS
                ? Optional.empty() : Optional.of(message);
    }

    List<Long> unsent() {
        return em.createQuery("select m.id from OfflineMessage m where m.mailedAt is null and m.sendAttempts < :max"
                        + " order by m.id", Long.class)
                .setParameter("max", MAX_SEND_ATTEMPTS)
                .setMaxResults(100)
                .getResultList();
    }
}
