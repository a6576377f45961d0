package io.tiski.routing.control;

import io.tiski.conversation.entity.ConversationStatus;
import io.tiski.platform.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The per-agent chat limit, the one place it is counted and checked. Callers hold the agent's
 * presence row lock, and the data source reads committed data (READ COMMITTED), so the count
 * includes every assignment that won the lock before.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChatLimit {

    @PersistenceContext
    EntityManager em;

    public long activeChats(long agentId) {
        return em.createQuery("select count(c) from Conversation c where c.agentId = :agent and c.status = :active",
                        Long.class)
                .setParameter("agent", agentId)
                .setParameter("active", ConversationStatus.ACTIVE)
                .getSingleResult();
    }

    public boolean hasRoom(long agentId, int limit) {
        return activeChats(agentId) < limit;
    }

    public void requireRoom(long agentId, int limit) {
        if (!hasRoom(agentId, limit)) {
            throw new Conflict(null, "routing.atCapacity", limit);
        }
    }
}
