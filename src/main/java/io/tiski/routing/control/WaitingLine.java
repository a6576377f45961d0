package io.tiski.routing.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.conversation.entity.CustomerDetails;
import io.tiski.conversation.entity.EndReason;
import io.tiski.organisation.control.OrganisationInactive;
import io.tiski.organisation.entity.Organisation;
import io.tiski.platform.Conflict;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import io.tiski.platform.UniqueKey;
import io.tiski.platform.UtcInstantConverter;
import io.tiski.queue.entity.Queue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

/**
 * The customer's side of a queue: join, see one's place and expected wait, leave. A customer is
 * known only by their conversation token; a wrong or foreign token is simply "not found".
 */
@ApplicationScoped
@Transactional
public class WaitingLine {

    /**
     * A waiting customer whose widget has held no line to any server, and not asked for news, this
     * long has gone (the servers refresh the customers of their open lines every 20 s).
     */
    public static final Duration GRACE_PERIOD = Duration.ofSeconds(60);

    private static final Pattern START_KEY = Pattern.compile("[A-Za-z0-9_-]{22,64}");
    private static final int WAITS_AVERAGED = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChatStartLimits startLimits;

    @Inject
    ChatChallenges challenges;

    @Inject
    Clock clock;

    @Inject
    Event<CustomerQueued> queued;

    @Inject
    Event<AgentFreed> freed;

    @Inject
    Event<ConversationEnded> ended;

    @Inject
    Event<ConversationEvent> happened;

    @Inject
    Event<WaitAbandoned> abandoned;

    @Inject
    Event<InboxChanged> inboxChanged;

    /**
     * Joins the queue, or returns the conversation already started with the same start key (the
     * widget repeats a start with one key, so a double click or a retry never makes two).
     * The unique key (organisation_id, start_key) decides between simultaneous starts.
     * {@code foreignSite}: the Origin of the page asking when it is not Tiski's own (null if it is,
     * or for a client that is not a browser); it must be one of the organisation's allowed sites.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Joined join(long queueId, String startKey, CustomerDetails customer, String foreignSite,
                       String clientAddress, ChatChallenges.Solution solution) {
        if (startKey == null || !START_KEY.matcher(startKey).matches()) {
            throw new InvalidInput("startKey", "routing.startKey.invalid");
        }
        var queue = em.find(Queue.class, queueId);
        if (queue == null) {
            throw new NotFound("queue.notFound");
        }
        var organisation = em.find(Organisation.class, queue.getOrganisationId());
        if (!organisation.isActive()) {
            throw new OrganisationInactive();
        }
        if (foreignSite != null && !organisation.allowsWidgetOn(foreignSite)) {
            throw new SiteNotAllowed();
        }
        customer.requireValid(organisation.getDefaultCountry());
        var earlier = byStartKey(queue.getOrganisationId(), startKey);
        if (earlier.isPresent()) {
            return new Joined(earlier.get(), false);
        }
        long waiting = waitingCount(queueId);
        // Counted without a lock, so simultaneous joins may pass a full line by a few; the limit is
        // against a line no agent could ever serve, not an exact figure.
        if (queue.isOpen() && !queue.hasRoomBehind(waiting)) {
            throw new Conflict(null, "routing.line.full");
        }
        if (organisation.challengesChats()) {
            challenges.requireSolved(organisation.getId(), solution);
        }
        startLimits.admit(queue.getOrganisationId(), clientAddress);
        int position = (int) waiting + 1;
        var conversation = Conversation.customerJoins(queue, customer, CustomerTokens.next(), startKey, position,
                clock.instant());
        em.persist(conversation);
        UniqueKey.flush(em, StartKeyTaken::new);
        queued.fire(new CustomerQueued(queue.getOrganisationId(), queueId));
        return new Joined(conversation, true);
    }

    /** After a lost race in {@link #join}: the conversation the winner started. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Conversation> started(long queueId, String startKey) {
        var queue = em.find(Queue.class, queueId);
        return queue == null ? Optional.empty() : byStartKey(queue.getOrganisationId(), startKey);
    }

    /** The customer's conversation; asking counts as a sign of life for the abandonment check. */
    public Conversation seenByToken(String token) {
        var conversation = byToken(token);
        // A bare UPDATE of the one column, without the version: the widget's poll must neither fail
        // on nor fail an agent's pick or offer that changes the same row at that moment (on another
        // server too). Nobody else writes this column, and the sweep re-checks it in its own UPDATE.
        em.createNativeQuery("UPDATE conversations SET customer_seen_at = ? WHERE id = ?")
                .setParameter(1, UtcInstantConverter.toColumn(clock.instant()))
                .setParameter(2, conversation.getId())
                .executeUpdate();
        return conversation;
    }

    public void leave(String token) {
        var conversation = byToken(token);
        // Locked: an agent's pick or accept may be deciding about this very conversation.
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        Long agentId = conversation.getAgentId();
        Long offeredTo = conversation.getOfferedTo();
        boolean wasActive = conversation.getStatus() == ConversationStatus.ACTIVE;
        boolean wasWaiting = conversation.isWaiting();
        conversation.end(wasWaiting ? EndReason.ABANDONED : EndReason.CUSTOMER_ENDED, clock.instant());
        if (wasWaiting) {
            abandoned.fire(new WaitAbandoned(conversation.getOrganisationId(), conversation.getQueueId()));
            if (offeredTo != null) {
                // The offer is gone with the customer: the agent's inbox says so now.
                inboxChanged.fire(new InboxChanged(conversation.getOrganisationId(), offeredTo));
            }
        }
        if (wasActive) {
            happened.fire(ConversationEvent.of(conversation.getOrganisationId(), conversation.getId(),
                    ConversationEvent.Kind.CUSTOMER_LEFT, null));
            ended.fire(new ConversationEnded(conversation.getOrganisationId(), conversation.getId()));
            freed.fire(new AgentFreed(conversation.getOrganisationId(), agentId));
        }
    }

    /** 1 for the first in line. Only meaningful while the conversation waits. */
    public int position(Conversation conversation) {
        // Compared row to row, not to a bound Instant: the line order is (queued_at, id) in the database.
        return (int) (long) em.createQuery("select count(c) from Conversation c, Conversation me where me.id = :id"
                        + " and c.queueId = me.queueId and c.status = :waiting"
                        + " and (c.queuedAt < me.queuedAt or (c.queuedAt = me.queuedAt and c.id <= me.id))", Long.class)
                .setParameter("id", conversation.getId())
                .setParameter("waiting", ConversationStatus.WAITING)
                .getSingleResult();
    }

    /**
     * Expected wait at a place in line, from how fast the line moved for the last customers served
     * from this queue: their wait divided by the place they joined at, times this place. Empty when
     * the queue has no history yet: no estimate is better than an invented one. Conversations
     * handed on by a transfer are left out: their "wait" includes a first agent's whole chat.
     */
    public Optional<Duration> estimatedWait(long queueId, int position) {
        return secondsPerPlace(queueId).map(seconds -> Duration.ofSeconds(Math.round(seconds * position)));
    }

    /** How many seconds one place in the queue's line took lately (see {@link #estimatedWait}). */
    public Optional<Double> secondsPerPlace(long queueId) {
        // Columns, not entities: the asking customer's own conversation may already be managed in
        // this transaction as WAITING while an agent's accept has committed it as assigned; an
        // entity query would hand back that managed, unassigned copy (a 500 under load).
        List<Object[]> served = em.createQuery("select c.queuedAt, c.assignedAt, c.positionAtJoin from Conversation c"
                        + " where c.queueId = :queue and c.assignedAt is not null and c.positionAtJoin is not null"
                        + " and c.transferredBy is null order by c.assignedAt desc", Object[].class)
                .setParameter("queue", queueId)
                .setMaxResults(WAITS_AVERAGED)
                .getResultList();
        if (served.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(served.stream()
                .mapToDouble(row -> Duration.between((Instant) row[0], (Instant) row[1]).toMillis() / 1000.0
                        / Math.max(1, ((Number) row[2]).intValue()))
                .average().orElse(0));
    }

    /** The conversations waiting in the queue, first in line first (the order {@link #position} counts in). */
    public List<Long> waitingIds(long queueId) {
        return em.createQuery("select c.id from Conversation c where c.queueId = :queue and c.status = :waiting"
                        + " order by c.queuedAt, c.id", Long.class)
                .setParameter("queue", queueId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getResultList();
    }

    /**
     * Counts the waiting customers of these conversations as seen now: their widgets hold an open
     * line to a server (see {@link #abandonSilent}). Only those waiting, the rule concerns no one
     * else: they are found first without locking, then one bare UPDATE of the one column (as in
     * {@link #seenByToken}) names them by primary key alone. So it locks their rows in id order, as
     * a pick, an offer and an accept do; with "AND status = 'WAITING'" in the UPDATE, MariaDB chose
     * to scan the (status, customer_seen_at) index for a long list, locking index entries before
     * rows, and deadlocked with accepts (seen in the routing benchmark). One that was assigned in
     * between is counted as seen too, which is true and harmless.
     */
    @SuppressWarnings("unchecked")
    public int customersPresent(Collection<Long> conversationIds) {
        if (conversationIds.isEmpty()) {
            return 0;
        }
        List<Number> waiting = em.createNativeQuery("SELECT id FROM conversations WHERE id IN (" + idList(conversationIds) + ")"
                        + " AND status = 'WAITING'")
                .getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("UPDATE conversations SET customer_seen_at = ? WHERE id IN ("
                        + idList(waiting) + ")")
                .setParameter(1, UtcInstantConverter.toColumn(clock.instant()))
                .executeUpdate();
    }

    /**
     * Ends the wait of customers whose widget went quiet for longer than the grace period (window
     * closed, connection lost and not back). The silent ones are found first without locking, then
     * ended by primary key with the condition checked again: safe on every server at once, and the
     * rows are locked in id order, as a pick locks them, rather than in the order of an index
     * scan, which deadlocked with picks under load.
     */
    @SuppressWarnings("unchecked")
    public int abandonSilent() {
        Instant now = clock.instant();
        var silentSince = UtcInstantConverter.toColumn(now.minus(GRACE_PERIOD));
        // Native SQL with explicit UTC values: the same statements on MariaDB and H2, no ORM conversion guesswork.
        List<Object[]> silent = em.createNativeQuery("SELECT id, organisation_id, queue_id, offered_to FROM conversations"
                        + " WHERE status = 'WAITING' AND customer_seen_at < ? ORDER BY id LIMIT 1000")
                .setParameter(1, silentSince)
                .getResultList();
        if (silent.isEmpty()) {
            return 0;
        }
        String ids = idList(silent.stream().map(row -> (Number) row[0]).toList());
        int ended = em.createNativeQuery("UPDATE conversations SET status = 'ENDED', end_reason = 'ABANDONED', ended_at = ?,"
                        + " version = version + 1 WHERE id IN (" + ids + ") AND status = 'WAITING' AND customer_seen_at < ?")
                .setParameter(1, UtcInstantConverter.toColumn(now))
                .setParameter(2, silentSince)
                .executeUpdate();
        // One event per queue that lost customers, so the others waiting there hear their new place.
        // A row that a pick took meanwhile only makes a queue read its line once more than needed.
        silent.stream().map(row -> new WaitAbandoned(((Number) row[1]).longValue(), ((Number) row[2]).longValue()))
                .distinct().forEach(abandoned::fire);
        // An offer goes with its customer: the agent's inbox says so now, not at the next sweep.
        silent.stream().filter(row -> row[3] != null)
                .map(row -> new InboxChanged(((Number) row[1]).longValue(), ((Number) row[3]).longValue()))
                .distinct().forEach(inboxChanged::fire);
        return ended;
    }

    private long waitingCount(long queueId) {
        return em.createQuery("select count(c) from Conversation c where c.queueId = :queue and c.status = :waiting",
                        Long.class)
                .setParameter("queue", queueId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getSingleResult();
    }

    private Optional<Conversation> byStartKey(long organisationId, String startKey) {
        return em.createQuery("select c from Conversation c where c.organisationId = :org and c.startKey = :key",
                        Conversation.class)
                .setParameter("org", organisationId)
                .setParameter("key", startKey)
                .getResultStream().findFirst();
    }

    /** The conversation this token opens; "not found" for a malformed, unknown or foreign token. */
    public Conversation byToken(String token) {
        if (!CustomerTokens.isWellFormed(token)) {
            throw new NotFound("routing.conversation.notFound");
        }
        return em.createQuery("select c from Conversation c where c.customerToken = :token", Conversation.class)
                .setParameter("token", token)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("routing.conversation.notFound"));
    }

    /** Ids for an SQL "IN (...)": numbers only, so nothing a caller gave can change the statement. */
    private static String idList(Collection<? extends Number> ids) {
        return ids.stream().map(id -> Long.toString(id.longValue())).collect(Collectors.joining(","));
    }
}
