package io.tiski.testsupport.server;

import io.tiski.queue.entity.Queue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Test-only REST door that loses a write the way two servers can: it reads a queue, another
 * transaction's UPDATE moves the row's version on (here a native statement in the same
 * transaction, which the entity does not see), and the entity's write then finds no row with the
 * version it read. What the REST boundary answers is what a losing pick on a second server gets.
 */
@Path("test-fixtures/stale-write")
public class StaleWriteResource {

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("queues/{id}")
    @Transactional
    public void renameAfterSomeoneElse(@PathParam("id") long queueId) {
        var queue = em.find(Queue.class, queueId);
        em.createNativeQuery("update queues set version = version + 1 where id = ?1").setParameter(1, queueId)
                .executeUpdate();
        queue.rename(queue.getName() + " (renamed)");
    }
}
