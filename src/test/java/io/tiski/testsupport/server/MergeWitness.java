package io.tiski.testsupport.server;

import io.tiski.contact.control.ContactsMerging;
import io.tiski.contact.entity.Contact;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-only observer of {@link ContactsMerging}: records each merge as the tables of other
 * components would see it, with whether the merge's transaction was active and the merged card
 * still there (observers must be able to move rows that point at it).
 */
@ApplicationScoped
public class MergeWitness {

    /** One observed event. */
    public record Seen(long organisationId, long survivorId, long mergedId, boolean inTransaction,
                       boolean mergedStillThere) {
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    void observe(@Observes ContactsMerging merging) {
        seen.add(new Seen(merging.organisationId(), merging.survivorId(), merging.mergedId(),
                transactions.getTransactionStatus() == Status.STATUS_ACTIVE,
                em.find(Contact.class, merging.mergedId()) != null));
    }

    public List<Seen> of(long organisationId) {
        return seen.stream().filter(s -> s.organisationId() == organisationId).toList();
    }
}
