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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
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

    /** A message as the admin list shows it, with its queue's name and who marked it handled. */
    public record Listed(OfflineMessage message, String queueName, String handledByName) {
    }

    /** The organisation's offline messages that match, newest first, one page at a time. */
    public List<Listed> page(long organisationId, OfflineMessageFilter filter, int first, int size) {
        var query = em.createQuery("select m, q.name from OfflineMessage m, Queue q where q.id = m.queueId"
                + " and m.organisationId = :org" + filter.condition() + " order by m.createdAt desc, m.id desc", Object[].class);
        filter.bind(query.setParameter("org", organisationId));
        var rows = query.setFirstResult(first).setMaxResults(size).getResultList();
        var handlers = handlerNames(organisationId, rows.stream().map(row -> ((OfflineMessage) row[0]).getHandledBy())
                .filter(Objects::nonNull).distinct().toList());
        return rows.stream()
                .map(row -> {
                    var message = (OfflineMessage) row[0];
                    return new Listed(message, (String) row[1],
                            message.getHandledBy() == null ? null : handlers.get(message.getHandledBy()));
                })
                .toList();
    }

    public long count(long organisationId, OfflineMessageFilter filter) {
        var query = em.createQuery("select count(m) from OfflineMessage m where m.organisationId = :org"
                + filter.condition(), Long.class);
        filter.bind(query.setParameter("org", organisationId));
        return query.getSingleResult();
    }

    /**
     * Marks the organisation's message handled by the caller, or open again. The row is locked: two
     * admins marking at once leave the first one's name.
     */
    public void markHandled(long organisationId, long messageId, long staffUserId, boolean handled) {
        var message = em.find(OfflineMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || message.getOrganisationId() != organisationId) {
            throw new NotFound("offline.notFound");
        }
        if (handled) {
            message.markHandled(staffUserId, clock.instant());
        } else {
            message.reopen();
        }
    }

    private Map<Long, String> handlerNames(long organisationId, List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.id, u.displayName from StaffUser u where u.organisationId = :org and u.id in :ids",
                        Object[].class)
                .setParameter("org", organisationId)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
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
