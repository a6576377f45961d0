package io.tiski.routing.control;

import io.tiski.platform.Conflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The per-agent chat limit, the one place it is counted and checked. An agent's chats are the
 * active conversations they own plus those they joined by invitation and have not left. Callers
 * hold the agent's presence row lock, and the data source reads committed data (READ COMMITTED),
 * so the count includes every assignment that won the lock before.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ChatLimit {

    @PersistenceContext
    EntityManager em;

    /** SQL for the number of chats of the agent whose id is in {@code userIdColumn}, for use in other queries. */
    static String activeChatsSql(String userIdColumn) {
        return "((SELECT COUNT(*) FROM conversations own WHERE own.agent_id = " + userIdColumn
                + " AND own.status = 'ACTIVE') + (SELECT COUNT(*) FROM invited_agents inv"
                + " JOIN conversations joined ON joined.id = inv.conversation_id WHERE inv.user_id = " + userIdColumn
                + " AND inv.left_at IS NULL AND joined.status = 'ACTIVE'))";
    }

    public long activeChats(long agentId) {
        return ((Number) em.createNativeQuery("SELECT " + activeChatsSql("u.id") + " FROM staff_users u WHERE u.id = ?")
                .setParameter(1, agentId)
                .getSingleResult()).longValue();
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
