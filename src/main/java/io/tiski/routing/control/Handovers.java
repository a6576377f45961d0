package io.tiski.routing.control;

import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.UtcInstantConverter;
import io.tiski.queue.control.Queues;
import io.tiski.queue.entity.Queue;
import io.tiski.routing.entity.AgentPresence;
import io.tiski.routing.entity.Handover;
import io.tiski.routing.entity.HandoverKind;
import io.tiski.routing.entity.HandoverStatus;
import io.tiski.routing.entity.InvitedAgent;
import io.tiski.routing.entity.OfferRejection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Transfers and invitations of active conversations. A transfer to a queue is done at once: the
 * customer waits there again and is routed like anyone else. A transfer or invitation to an agent,
 * or an invitation to "any agent of queue X", waits for the target's answer; one at a time per
 * conversation. Accepting follows the assignment rules and lock order of {@link Assignments}: the
 * accepting agent's presence row, then the conversation row (which guards its handovers), then the
 * handover row (which the expiry sweep updates on its own).
 */
@ApplicationScoped
@Transactional
public class Handovers {

    /** How long the target has to answer before the request lapses and the requester may try another. */
    public static final Duration ANSWER_TIME = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

    @Inject
    Queues queues;

    @Inject
    Conversations conversations;

    @Inject
    Presences presences;

    @Inject
    ChatLimit chatLimit;

    @Inject
    Clock clock;

    @Inject
    Event<AgentFreed> freed;

    @Inject
    Event<CustomerQueued> queued;

    @Inject
    Event<InboxChanged> inboxChanged;

    @Inject
    Event<ConversationEvent> happened;

    @Inject
    Event<ConversationHandedOn> handedOn;

    /** Hands the conversation on; answers the handover, COMPLETED at once for a transfer to a queue. */
    public Handover request(long organisationId, long callerId, long conversationId, HandoverRequest request) {
        var caller = staff.find(organisationId, callerId);
        var conversation = lockedConversation(organisationId, conversationId);
        if (!conversation.isActive()) {
            throw new Conflict(null, "handover.notActive");
        }
        if (!conversation.isOwnedBy(callerId) && !caller.hasRole(Role.SUPERVISOR) && !caller.hasRole(Role.ADMIN)) {
            throw new NotInCharge();
        }
        if (pendingOn(conversation).isPresent()) {
            throw new Conflict(null, "handover.alreadyPending");
        }
        var now = clock.instant();
        if (request.toQueue()) {
            var queue = queues.find(organisationId, request.queueId());
            if (request.kind() == HandoverKind.TRANSFER) {
                return transferToQueue(conversation, queue, request.comment(), caller);
            }
            return persist(Handover.pending(HandoverKind.INVITE, conversation, null, queue, request.comment(), caller,
                    now, now.plus(ANSWER_TIME)));
        }
        var target = staff.find(organisationId, request.agentId());
        requireCanJoin(target, conversation);
        if (presences.of(organisationId, target.getId()).takesChats()) {
            return persist(Handover.pending(request.kind(), conversation, target, null, request.comment(), caller,
                    now, now.plus(ANSWER_TIME)));
        }
        throw new Conflict(null, "handover.target.unavailable", target.getDisplayName());
    }

    /** Requests the agent may answer: addressed to them, or to a queue they handle, and still open. */
    public List<Handover> pendingFor(long organisationId, long agentId) {
        var agent = staff.find(organisationId, agentId);
        var toAgent = em.createQuery("select h from Handover h where h.organisationId = :org and h.status = :pending"
                        + " and h.targetAgent.id = :agent order by h.requestedAt, h.id", Handover.class)
                .setParameter("org", organisationId)
                .setParameter("pending", HandoverStatus.PENDING)
                .setParameter("agent", agentId)
                .getResultList();
        var toQueues = em.createQuery("select h from Handover h join h.targetQueue q join q.handlers u"
                        + " where h.organisationId = :org and h.status = :pending and u.id = :agent"
                        + " order by h.requestedAt, h.id", Handover.class)
                .setParameter("org", organisationId)
                .setParameter("pending", HandoverStatus.PENDING)
                .setParameter("agent", agentId)
                .getResultList();
        var now = clock.instant();
        return Stream.concat(toAgent.stream(), toQueues.stream())
                .filter(h -> h.isOpen(now) && h.getRequestedBy().getId() != agentId && !isIn(agent, h.getConversation()))
                .toList();
    }

    /** The open request on a conversation, for whoever is in charge of it. */
    public Optional<Handover> pendingOn(long organisationId, long conversationId) {
        return pendingOn(conversations.of(organisationId, conversationId));
    }

    public Conversation accept(long organisationId, long agentId, long handoverId) {
        var agent = staff.find(organisationId, agentId);
        var handover = addressedTo(agent, handoverId);
        AgentPresence presence = presences.lockedFor(agentId).filter(AgentPresence::takesChats)
                .orElseThrow(() -> new Conflict(null, "routing.notAvailable"));
        var conversation = lockedConversation(organisationId, handover.getConversation().getId());
        em.refresh(handover, LockModeType.PESSIMISTIC_WRITE);
        var now = clock.instant();
        if (!handover.isOpen(now) || !conversation.isActive()) {
            throw new Conflict(null, "handover.gone");
        }
        var invited = invitedAgent(conversation.getId(), agentId).filter(InvitedAgent::isPresent);
        if (conversation.isOwnedBy(agentId) || (handover.getKind() == HandoverKind.INVITE && invited.isPresent())) {
            throw new Conflict(null, "handover.target.alreadyIn", agent.getDisplayName());
        }
        if (invited.isEmpty()) {
            chatLimit.requireRoom(agentId, conversation.getQueue().getMaxChatsPerAgent());
        }
        handover.accept(agentId, now);
        answered(handover);
        if (handover.getKind() == HandoverKind.TRANSFER) {
            long previousOwner = conversation.getAgentId();
            // An invited agent who takes over counts the chat once, as its owner.
            invited.ifPresent(row -> row.leave(now));
            conversation.transferTo(agent, handover.getComment(), handover.getRequestedBy(), now);
            presence.assigned(now);
            happened.fire(ConversationEvent.of(organisationId, conversation.getId(), ConversationEvent.Kind.TAKEN_OVER, agentId));
            freed.fire(new AgentFreed(organisationId, previousOwner));
            handedOn.fire(new ConversationHandedOn(organisationId, conversation.getId(), previousOwner,
                    agent.getDisplayName()));
        } else {
            invitedAgent(conversation.getId(), agentId).ifPresentOrElse(row -> row.rejoin(now),
                    () -> em.persist(new InvitedAgent(conversation.getId(), agentId, now)));
            happened.fire(ConversationEvent.of(organisationId, conversation.getId(), ConversationEvent.Kind.AGENT_JOINED, agentId));
        }
        return conversation;
    }

    /** The agent asked by name says no; the requester can ask someone else at once. */
    public void decline(long organisationId, long agentId, long handoverId) {
        var agent = staff.find(organisationId, agentId);
        var handover = addressedTo(agent, handoverId);
        if (handover.getTargetAgent() == null) {
            throw new Conflict(null, "handover.declineQueue");
        }
        lockedConversation(organisationId, handover.getConversation().getId());
        em.refresh(handover, LockModeType.PESSIMISTIC_WRITE);
        handover.decline(agentId, clock.instant());
        answered(handover);
    }

    /** Whoever is in charge of the conversation takes back its open request. */
    public void cancel(long organisationId, long callerId, long conversationId) {
        var caller = staff.find(organisationId, callerId);
        var conversation = lockedConversation(organisationId, conversationId);
        var handover = pendingOn(conversation).orElseThrow(() -> new NotFound("handover.notFound"));
        if (!conversation.isOwnedBy(callerId) && handover.getRequestedBy().getId() != callerId
                && !caller.hasRole(Role.SUPERVISOR) && !caller.hasRole(Role.ADMIN)) {
            throw new NotInCharge();
        }
        em.refresh(handover, LockModeType.PESSIMISTIC_WRITE);
        handover.cancel(callerId, clock.instant());
        answered(handover);
    }

    /** An invited agent leaves the conversation; its owner and the customer stay. */
    public void leave(long organisationId, long agentId, long conversationId) {
        var conversation = lockedConversation(organisationId, conversationId);
        var invited = invitedAgent(conversation.getId(), agentId).filter(InvitedAgent::isPresent)
                .orElseThrow(() -> new NotFound("routing.conversation.notFound"));
        invited.leave(clock.instant());
        happened.fire(ConversationEvent.of(organisationId, conversationId, ConversationEvent.Kind.AGENT_LEFT, agentId));
        freed.fire(new AgentFreed(organisationId, agentId));
    }

    /** Active conversations the agent joined by invitation and has not left. */
    public List<Conversation> joinedBy(long organisationId, long agentId) {
        return em.createQuery("select c from Conversation c, InvitedAgent i where i.conversationId = c.id"
                        + " and i.userId = :agent and i.leftAt is null and c.organisationId = :org and c.status = :active"
                        + " order by i.joinedAt", Conversation.class)
                .setParameter("agent", agentId)
                .setParameter("org", organisationId)
                .setParameter("active", ConversationStatus.ACTIVE)
                .getResultList();
    }

    /** The staff in the conversation now: its owner, then the invited agents who have not left. */
    public List<Long> staffIn(Conversation conversation) {
        return staffIn(List.of(conversation)).get(conversation.getId());
    }

    /** {@link #staffIn(Conversation)} for several conversations at once, with one query; by conversation id. */
    public Map<Long, List<Long>> staffIn(Collection<Conversation> conversations) {
        Map<Long, List<Long>> staff = new HashMap<>();
        for (var conversation : conversations) {
            List<Long> ids = new ArrayList<>();
            if (conversation.getAgentId() != null) {
                ids.add(conversation.getAgentId());
            }
            staff.put(conversation.getId(), ids);
        }
        present(staff.keySet()).forEach(invited -> staff.get(invited.getConversationId()).add(invited.getUserId()));
        return staff;
    }

    /**
     * Requests nobody answered in time lapse. A conditional update: safe on every server at once.
     * The inboxes they were in are told (the ones found lapsing; one that lapsed meanwhile on
     * another server was told there).
     */
    @SuppressWarnings("unchecked")
    public int expireOverdue() {
        var now = UtcInstantConverter.toColumn(clock.instant());
        List<Object[]> lapsing = em.createNativeQuery("SELECT DISTINCT organisation_id, target_agent_id FROM handovers"
                        + " WHERE status = 'PENDING' AND expires_at <= ?")
                .setParameter(1, now)
                .getResultList();
        if (lapsing.isEmpty()) {
            return 0;
        }
        int expired = em.createNativeQuery("UPDATE handovers SET status = 'EXPIRED', answered_at = ?"
                        + " WHERE status = 'PENDING' AND expires_at <= ?")
                .setParameter(1, now)
                .setParameter(2, now)
                .executeUpdate();
        for (var row : lapsing) {
            inboxChanged.fire(new InboxChanged(((Number) row[0]).longValue(),
                    row[1] == null ? null : ((Number) row[1]).longValue()));
        }
        return expired;
    }

    /** An ended conversation takes its open request and its invited agents with it. */
    void conversationEnded(@Observes ConversationEnded event) {
        var now = clock.instant();
        em.createQuery("select h from Handover h where h.conversation.id = :conversation and h.status = :pending",
                        Handover.class)
                .setParameter("conversation", event.conversationId())
                .setParameter("pending", HandoverStatus.PENDING)
                .getResultList()
                .forEach(h -> {
                    h.withdraw(now);
                    answered(h);
                });
        for (var invited : present(event.conversationId())) {
            invited.leave(now);
            freed.fire(new AgentFreed(event.organisationId(), invited.getUserId()));
        }
    }

    private Handover transferToQueue(Conversation conversation, Queue queue, String comment, StaffUser caller) {
        if (!queue.isOpen()) {
            throw new Conflict(null, "routing.queueClosed", queue.getName());
        }
        var now = clock.instant();
        long previousOwner = conversation.getAgentId();
        List<Long> released = new ArrayList<>(List.of(previousOwner));
        for (var invited : present(conversation.getId())) {
            invited.leave(now);
            released.add(invited.getUserId());
        }
        conversation.returnToQueue(queue, comment, caller, now);
        happened.fire(new ConversationEvent(conversation.getOrganisationId(), conversation.getId(),
                ConversationEvent.Kind.TRANSFERRED_TO_QUEUE, caller.getId(), queue.getName()));
        // Handed on means "someone else, please": offers skip the agent who had the customer.
        if (em.find(OfferRejection.class, OfferRejection.key(conversation.getId(), previousOwner)) == null) {
            em.persist(new OfferRejection(conversation.getId(), previousOwner, now, false));
        }
        released.forEach(agent -> freed.fire(new AgentFreed(conversation.getOrganisationId(), agent)));
        queued.fire(new CustomerQueued(conversation.getOrganisationId(), queue.getId()));
        return persist(Handover.transferredToQueue(conversation, queue, comment, caller, now));
    }

    private void requireCanJoin(StaffUser target, Conversation conversation) {
        if (!target.isActive() || !target.hasRole(Role.AGENT)) {
            throw new Conflict(null, "handover.target.unavailable", target.getDisplayName());
        }
        if (isIn(target, conversation)) {
            throw new Conflict(null, "handover.target.alreadyIn", target.getDisplayName());
        }
    }

    private boolean isIn(StaffUser agent, Conversation conversation) {
        return conversation.isOwnedBy(agent.getId())
                || invitedAgent(conversation.getId(), agent.getId()).filter(InvitedAgent::isPresent).isPresent();
    }

    private Handover addressedTo(StaffUser agent, long handoverId) {
        var handover = em.find(Handover.class, handoverId);
        if (handover == null || handover.getOrganisationId() != agent.getOrganisationId()
                || !handover.isAddressedTo(agent)) {
            throw new NotFound("handover.notFound");
        }
        return handover;
    }

    /** The open request, if any; one that ran out but was not swept yet is marked so on the way. */
    private Optional<Handover> pendingOn(Conversation conversation) {
        var now = clock.instant();
        Handover open = null;
        for (var handover : em.createQuery("select h from Handover h where h.conversation.id = :conversation"
                        + " and h.status = :pending", Handover.class)
                .setParameter("conversation", conversation.getId())
                .setParameter("pending", HandoverStatus.PENDING)
                .getResultList()) {
            handover.expire(now);
            if (handover.isOpen(now)) {
                open = handover;
            }
        }
        return Optional.ofNullable(open);
    }

    private Optional<InvitedAgent> invitedAgent(long conversationId, long agentId) {
        return em.createQuery("select i from InvitedAgent i where i.conversationId = :conversation and i.userId = :agent",
                        InvitedAgent.class)
                .setParameter("conversation", conversationId)
                .setParameter("agent", agentId)
                .getResultStream().findFirst();
    }

    private List<InvitedAgent> present(long conversationId) {
        return present(List.of(conversationId));
    }

    /** The invited agents still in these conversations, in the order they were invited. */
    private List<InvitedAgent> present(Collection<Long> conversationIds) {
        return em.createQuery("select i from InvitedAgent i where i.conversationId in :conversations"
                        + " and i.leftAt is null order by i.id", InvitedAgent.class)
                .setParameter("conversations", List.copyOf(conversationIds))
                .getResultList();
    }

    private Conversation lockedConversation(long organisationId, long conversationId) {
        return conversations.locked(organisationId, conversationId);
    }

    /** A request is answered, withdrawn or gone: the inbox it was in (the agent's, or every agent's for a queue) changes. */
    private void answered(Handover handover) {
        var target = handover.getTargetAgent();
        inboxChanged.fire(new InboxChanged(handover.getOrganisationId(), target == null ? null : target.getId()));
    }

    private Handover persist(Handover handover) {
        em.persist(handover);
        if (handover.getStatus() == HandoverStatus.PENDING) {
            answered(handover);
        }
        em.flush(); // the id is the database's, and the answer carries it
        return handover;
    }
}
