package io.tiski.routing.control;

import io.tiski.conversation.entity.ConversationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the agents' queue sidebar is made of: every queue of an organisation with its waiting
 * customers, and which of them each agent handles. It is read after every change to a waiting
 * line of an organisation with a desk open, and every two seconds, so it costs three queries
 * whatever the number of queues or agents: never one per queue or per agent. Plain reads without
 * locks: a count that a concurrent commit overtakes is put right by the next read.
 */
@ApplicationScoped
@Transactional
public class QueueLoads {

    @PersistenceContext
    EntityManager em;

    /** The organisation's queues ordered by name, each with its number of waiting customers. */
    public List<QueueLoad> of(long organisationId) {
        Map<Long, Long> waiting = new HashMap<>();
        // One grouped count over the (organisation_id, status) index; queues nobody waits in are absent.
        em.createQuery("select c.queueId, count(c) from Conversation c where c.organisationId = :org"
                        + " and c.status = :waiting group by c.queueId", Object[].class)
                .setParameter("org", organisationId)
                .setParameter("waiting", ConversationStatus.WAITING)
                .getResultStream()
                .forEach(row -> waiting.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        // Columns only: the queue entities (and their lazy handlers) are not needed here.
        return em.createQuery("select q.id, q.name, q.open from Queue q where q.organisationId = :org"
                        + " order by q.name, q.id", Object[].class)
                .setParameter("org", organisationId)
                .getResultStream()
                .map(row -> {
                    long id = ((Number) row[0]).longValue();
                    return new QueueLoad(id, (String) row[1], (Boolean) row[2], waiting.getOrDefault(id, 0L));
                })
                .toList();
    }

    /** For each of the agents, the ids of the organisation's queues they handle; absent if none. */
    public Map<Long, Set<Long>> handledBy(long organisationId, Collection<Long> agentIds) {
        Map<Long, Set<Long>> handled = new HashMap<>();
        if (agentIds.isEmpty()) {
            return handled;
        }
        em.createQuery("select h.id, q.id from Queue q join q.handlers h where q.organisationId = :org"
                        + " and h.id in :agents", Object[].class)
                .setParameter("org", organisationId)
                .setParameter("agents", List.copyOf(agentIds))
                .getResultStream()
                .forEach(row -> handled.computeIfAbsent(((Number) row[0]).longValue(), agent -> new HashSet<>())
                        .add(((Number) row[1]).longValue()));
        return handled;
    }
}
