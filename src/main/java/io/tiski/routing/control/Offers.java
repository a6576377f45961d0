package io.tiski.routing.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.UtcInstantConverter;
import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.RoutingMode;
import io.tiski.routing.entity.AgentPresence;
import io.tiski.routing.entity.OfferRejection;
import io.tiski.routing.entity.Presence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Offer (push) routing. The oldest unoffered waiting customers of a queue are offered, each to the
 * available handler with the fewest active chats (ties: the longest since their last customer),
 * skipping agents who rejected that customer or already have an offer. Lock order as in
 * {@link Assignments}: the agent's presence row first, then the conversation row; both are checked
 * again under their locks, because the choice was made from an unlocked read.
 */
@ApplicationScoped
@Transactional
public class Offers {

    private static final int BATCH = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    Presences presences;

    @Inject
    ChatLimit chatLimit;

    @Inject
    Clock clock;

    @Inject
    Event<AgentFreed> freed;

    @Inject
    Event<InboxChanged> inboxChanged;

    @Inject
    Event<ConversationEvent> happened;

    /**
     * One dispatch step: offers up to {@value #BATCH} of the oldest unoffered customers of the queue,
     * each to a different agent, in one transaction. Locks are taken in a fixed order (agent rows by
     * id, then conversation rows by id), so concurrent steps on any server cannot deadlock.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    OfferOutcome offerNext(long queueId) {
        var queue = em.find(Queue.class, queueId);
        if (queue == null || queue.getRoutingMode() != RoutingMode.OFFER) {
            return OfferOutcome.DONE;
        }
        Map<Long, Long> agentByConversation = new TreeMap<>();
        Set<Long> chosen = new HashSet<>();
        for (Long conversationId : unofferedWaiting(queueId)) {
            availableAgents(queue, conversationId).stream().filter(agent -> !chosen.contains(agent)).findFirst()
                    .ifPresent(agent -> {
                        chosen.add(agent);
                        agentByConversation.put(conversationId, agent);
                    });
        }
        if (agentByConversation.isEmpty()) {
            return OfferOutcome.DONE;
        }
        // Re-checked under the agents' locks: the choice above was made from unlocked reads.
        Set<Long> ready = new TreeSet<>(chosen).stream()
                .filter(agent -> presences.lockedFor(agent).filter(AgentPresence::takesChats).isPresent()
                        && chatLimit.hasRoom(agent, queue.getMaxChatsPerAgent()) && !hasPendingOffer(agent))
                .collect(Collectors.toSet());
        int offered = 0;
        var expires = clock.instant().plusSeconds(queue.getOfferTimeoutSeconds());
        for (var pair : agentByConversation.entrySet()) {
            if (!ready.contains(pair.getValue())) {
                continue;
            }
            // Not in this transaction's context yet, so the locked find reads the row as it is now.
            var conversation = em.find(Conversation.class, pair.getKey(), LockModeType.PESSIMISTIC_WRITE);
            if (conversation.isWaiting() && conversation.getOfferedTo() == null) {
                conversation.offerTo(pair.getValue(), expires);
                inboxChanged.fire(new InboxChanged(queue.getOrganisationId(), pair.getValue()));
                offered++;
            }
        }
        return offered > 0 ? OfferOutcome.OFFERED : OfferOutcome.RETRY;
    }

    /** Offers made to the agent that are still open. */
    public List<Conversation> pendingFor(long organisationId, long agentId) {
        return em.createQuery("select c from Conversation c where c.organisationId = :org and c.offeredTo = :agent"
                        + " and c.status = :waiting order by c.queuedAt, c.id", Conversation.class)
                .setParameter("org", organisationId)
                .setParameter("agent", agentId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getResultList();
    }

    public Conversation accept(long organisationId, long agentId, long conversationId) {
        var agent = staff.find(organisationId, agentId);
        var presence = presences.lockedFor(agentId).filter(AgentPresence::takesChats)
                .orElseThrow(() -> new Conflict(null, "routing.notAvailable"));
        var conversation = lockedOffer(organisationId, agentId, conversationId);
        chatLimit.requireRoom(agentId, conversation.getQueue().getMaxChatsPerAgent());
        conversation.acceptOffer(agent, clock.instant());
        presence.assigned(clock.instant());
        happened.fire(ConversationEvent.of(organisationId, conversationId, ConversationEvent.Kind.STARTED, agentId));
        inboxChanged.fire(new InboxChanged(organisationId, agentId));
        return conversation;
    }

    /** The agent declines: the customer keeps their place and goes to the next agent, never back to this one. */
    public Conversation reject(long organisationId, long agentId, long conversationId) {
        var conversation = lockedOffer(organisationId, agentId, conversationId);
        passOn(conversation, agentId, false);
        inboxChanged.fire(new InboxChanged(organisationId, agentId));
        freed.fire(new AgentFreed(organisationId, agentId));
        return conversation;
    }

    /** Ids of conversations whose offer has run out (read without locks; {@link #expire} re-checks). */
    public List<Long> expiredOffers() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM conversations WHERE status = 'WAITING'"
                        + " AND offered_to IS NOT NULL AND offer_expires_at <= ?")
                .setParameter(1, UtcInstantConverter.toColumn(clock.instant()))
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Passes on a customer whose offer ran out; answers the queue to dispatch again, or -1. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long expire(long conversationId) {
        var conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || conversation.getOfferedTo() == null) {
            return -1;
        }
        long agentId = conversation.getOfferedTo();
        var presence = presences.lockedFor(agentId);
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (!conversation.isWaiting() || !Long.valueOf(agentId).equals(conversation.getOfferedTo())
                || conversation.isOfferedTo(agentId, clock.instant())) {
            return -1;
        }
        passOn(conversation, agentId, true);
        inboxChanged.fire(new InboxChanged(conversation.getOrganisationId(), agentId));
        // An agent who lets an offer run out is probably not at the desk: stop offering them more.
        presence.ifPresent(p -> p.change(Presence.AWAY, clock.instant()));
        return conversation.getQueueId();
    }

    /**
     * Passes on the customers offered to an agent who stopped taking chats (away, offline, in a
     * call), in the same transaction and under the agent's row lock that the change holds.
     */
    void withdrawAllFrom(@Observes AgentUnavailable event) {
        long agentId = event.agentId();
        for (var conversation : em.createQuery("select c from Conversation c where c.offeredTo = :agent"
                        + " and c.status = :waiting", Conversation.class)
                .setParameter("agent", agentId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getResultList()) {
            em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
            if (conversation.getOfferedTo() != null && conversation.getOfferedTo() == agentId) {
                conversation.withdrawOffer();
                inboxChanged.fire(new InboxChanged(event.organisationId(), agentId));
            }
        }
    }

    /** Queues in offer mode with customers nobody is being offered; {@code organisationId} null for all. */
    public List<Long> queuesWithUnofferedCustomers(Long organisationId) {
        return em.createQuery("select distinct c.queueId from Conversation c join c.queue q where c.status = :waiting"
                        + " and c.offeredTo is null and q.routingMode = :offer"
                        + " and (:org is null or c.organisationId = :org)", Long.class)
                .setParameter("waiting", ConversationStatus.WAITING)
                .setParameter("offer", RoutingMode.OFFER)
                .setParameter("org", organisationId)
                .getResultList();
    }

    private void passOn(Conversation conversation, long agentId, boolean timedOut) {
        conversation.withdrawOffer();
        if (em.find(OfferRejection.class, OfferRejection.key(conversation.getId(), agentId)) == null) {
            em.persist(new OfferRejection(conversation.getId(), agentId, clock.instant(), timedOut));
        }
    }

    private Conversation lockedOffer(long organisationId, long agentId, long conversationId) {
        var conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || conversation.getOrganisationId() != organisationId) {
            throw new NotFound("routing.offer.notFound");
        }
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (!conversation.isOfferedTo(agentId, clock.instant())) {
            throw new Conflict(null, "routing.offer.gone");
        }
        return conversation;
    }

    private List<Long> unofferedWaiting(long queueId) {
        return em.createQuery("select c.id from Conversation c where c.queueId = :queue and c.status = :waiting"
                        + " and c.offeredTo is null order by c.queuedAt, c.id", Long.class)
                .setParameter("queue", queueId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .setMaxResults(BATCH)
                .getResultList();
    }

    /** Handlers who could take this customer now, best first (fewest chats, then longest idle). */
    private List<Long> availableAgents(Queue queue, long conversationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.user_id, " + ChatLimit.activeChatsSql("p.user_id") + " AS active"
                        + " FROM agent_presence p JOIN queue_handlers h ON h.user_id = p.user_id"
                        + " JOIN staff_users u ON u.id = p.user_id AND u.active = 1"
                        + " JOIN staff_user_roles r ON r.user_id = p.user_id AND r.role = 'AGENT'"
                        + " WHERE h.queue_id = ? AND p.presence = 'ONLINE'"
                        + " AND NOT EXISTS (SELECT 1 FROM offer_rejections x WHERE x.conversation_id = ? AND x.user_id = p.user_id)"
                        + " AND NOT EXISTS (SELECT 1 FROM conversations o WHERE o.offered_to = p.user_id AND o.status = 'WAITING')"
                        + " ORDER BY active, CASE WHEN p.last_assigned_at IS NULL THEN 0 ELSE 1 END, p.last_assigned_at, p.user_id")
                .setParameter(1, queue.getId())
                .setParameter(2, conversationId)
                .getResultList();
        return rows.stream()
                .filter(row -> ((Number) row[1]).intValue() < queue.getMaxChatsPerAgent())
                .map(row -> ((Number) row[0]).longValue())
                .toList();
    }

    private boolean hasPendingOffer(long agentId) {
        return em.createQuery("select count(c) from Conversation c where c.offeredTo = :agent and c.status = :waiting",
                        Long.class)
                .setParameter("agent", agentId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getSingleResult() > 0;
    }
}
