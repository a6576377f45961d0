package io.tiski.routing.control;

import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.conversation.entity.EndReason;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.routing.entity.AgentPresence;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Gives waiting customers to agents and lets agents see and end their conversations.
 * Every assignment takes, in this order and in one transaction: the agent's presence row lock
 * (so their chat count cannot change under the check), then the conversation's row lock (so only
 * one agent can move it out of WAITING). Both are database row locks, so this holds across servers.
 */
@ApplicationScoped
@Transactional
public class Assignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    StaffDirectory staff;

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
    Event<ConversationEnded> ended;

    @Inject
    Event<InboxChanged> inboxChanged;

    @Inject
    Event<ConversationEvent> happened;

    /** Waiting customers of the queues the agent handles, oldest first. */
    public List<Conversation> waitingFor(long organisationId, long agentId) {
        return em.createQuery("select c from Conversation c join c.queue q join q.handlers h"
                        + " where c.organisationId = :org and h.id = :agent and c.status = :waiting"
                        + " order by c.queuedAt, c.id", Conversation.class)
                .setParameter("org", organisationId)
                .setParameter("agent", agentId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getResultList();
    }

    /** A look at a waiting customer before picking; only for handlers of its queue. */
    public Conversation preview(long organisationId, long agentId, long conversationId) {
        var conversation = find(organisationId, conversationId);
        requireHandler(staff.find(organisationId, agentId), conversation);
        return conversation;
    }

    /** The agent takes this waiting customer: exactly one agent succeeds, whatever the concurrency. */
    public Conversation pick(long organisationId, long agentId, long conversationId) {
        var agent = staff.find(organisationId, agentId);
        var conversation = find(organisationId, conversationId);
        requireHandler(agent, conversation);
        AgentPresence presence = presences.lockedFor(agent.getId())
                .filter(AgentPresence::takesChats)
                .orElseThrow(() -> new Conflict(null, "routing.notAvailable"));
        chatLimit.requireRoom(agent.getId(), conversation.getQueue().getMaxChatsPerAgent());
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        var offeredTo = conversation.getOfferedTo();
        conversation.assignTo(agent, clock.instant());
        happened.fire(ConversationEvent.of(organisationId, conversation.getId(), ConversationEvent.Kind.STARTED, agentId));
        if (offeredTo != null) {
            // Picked while offered to someone else: that offer is gone, tell them now.
            inboxChanged.fire(new InboxChanged(organisationId, offeredTo));
        }
        presence.assigned(clock.instant());
        return conversation;
    }

    public List<Conversation> activeOf(long organisationId, long agentId) {
        return em.createQuery("select c from Conversation c where c.organisationId = :org and c.agentId = :agent"
                        + " and c.status = :active order by c.assignedAt", Conversation.class)
                .setParameter("org", organisationId)
                .setParameter("agent", agentId)
                .setParameter("active", ConversationStatus.ACTIVE)
                .getResultList();
    }

    /** The agent ends one of their own active conversations. */
    public Conversation end(long organisationId, long agentId, long conversationId) {
        var conversation = find(organisationId, conversationId);
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.getStatus() != ConversationStatus.ACTIVE || !Long.valueOf(agentId).equals(conversation.getAgentId())) {
            throw new NotFound("routing.conversation.notFound");
        }
        conversation.end(EndReason.AGENT_ENDED, clock.instant());
        happened.fire(ConversationEvent.of(organisationId, conversationId, ConversationEvent.Kind.AGENT_ENDED, agentId));
        ended.fire(new ConversationEnded(organisationId, conversationId));
        freed.fire(new AgentFreed(organisationId, agentId));
        return conversation;
    }

    private Conversation find(long organisationId, long conversationId) {
        return conversations.of(organisationId, conversationId);
    }

    /**
     * One row by its key, not the queue's handlers loaded whole: a pick costs the same however
     * many agents handle the queue.
     */
    private void requireHandler(StaffUser agent, Conversation conversation) {
        var queue = conversation.getQueue();
        long handles = em.createQuery("select count(h) from Queue q join q.handlers h where q.id = :queue and h.id = :agent",
                        Long.class)
                .setParameter("queue", queue.getId())
                .setParameter("agent", agent.getId())
                .getSingleResult();
        if (handles == 0) {
            throw new NotAHandler(queue.getName());
        }
    }
}
