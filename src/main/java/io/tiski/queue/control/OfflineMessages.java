package io.tiski.queue.control;

import io.tiski.organisation.control.Organisations;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.RateLimit;
import io.tiski.platform.TooManyRequests;
import io.tiski.queue.entity.OfflineMessage;
import io.tiski.queue.entity.Queue;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    @Inject
    Organisations organisations;

    @Inject
    @ConfigProperty(name = "tiski.offline.burst-per-address", defaultValue = "5")
    int burstPerClient;

    @Inject
    @ConfigProperty(name = "tiski.offline.per-hour-per-address", defaultValue = "20")
    int perHourPerClient;

    private RateLimit perClient;

    @PostConstruct
    void configure() {
        perClient = new RateLimit(burstPerClient, Duration.ofHours(1).dividedBy(perHourPerClient), clock);
    }

    /** Stores a message; a client address past its few messages an hour is refused (429), a mailer's script too. */
    public OfflineMessage leave(long queueId, String customerName, String contact, String message, String clientAddress) {
        var queue = em.find(Queue.class, queueId);
        if (queue == null) {
            throw new NotFound("queue.notFound");
        }
        organisations.requireActive(queue.getOrganisationId());
        var offline = new OfflineMessage(queue, customerName, contact, message, clock.instant());
        // Only a closed queue takes messages: an open one takes chats, and a form that works
        // whatever the queue's state would let a script mail the queue's address at will.
        if (queue.isOpen()) {
            throw new Conflict(null, "offline.queueOpen");
        }
        TooManyRequests.unlessGranted(perClient.take(clientAddress), "offline.tooOften");
        em.persist(offline);
        em.flush();
        left.fire(new OfflineMessageLeft(offline.getId()));
        return offline;
    }

    /** No more tries: the message stays stored and listed for the admin, unsent. */
    public static boolean gaveUp(OfflineMessage message) {
        return message.getMailedAt() == null && message.getSendAttempts() >= MAX_SEND_ATTEMPTS;
    }

    /** A message as the admin list shows it, with its queue's name. */
    public record Listed(OfflineMessage message, String queueName) {
    }

    /** The organisation's offline messages, newest first, one page at a time. */
    public List<Listed> page(long organisationId, int first, int size) {
        return em.createQuery("select m, q.name from OfflineMessage m, Queue q where q.id = m.queueId"
                        + " and m.organisationId = :org order by m.createdAt desc, m.id desc", Object[].class)
                .setParameter("org", organisationId)
                .setFirstResult(first)
                .setMaxResults(size)
                .getResultStream()
                .map(row -> new Listed((OfflineMessage) row[0], (String) row[1]))
                .toList();
    }

    public long count(long organisationId) {
        return em.createQuery("select count(m) from OfflineMessage m where m.organisationId = :org", Long.class)
                .setParameter("org", organisationId)
                .getSingleResult();
    }

    /** The message and its queue, locked, if it still waits to be mailed. */
    Optional<OfflineMessage> lockedUnsent(long messageId) {
        var message = em.find(OfflineMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        return message == null || message.getMailedAt() != null || gaveUp(message)
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
