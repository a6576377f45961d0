package io.tiski.audit.control;

import io.tiski.audit.entity.AuditEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Writes audit entries in the caller's transaction (the act and its record commit together) and lists them. */
@ApplicationScoped
@Transactional
public class AuditTrail {

    public static final int MAX_LIST = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public AuditEntry record(long organisationId, long actorId, String action, long subjectId) {
        var entry = new AuditEntry(organisationId, actorId, action, subjectId, clock.instant());
        em.persist(entry);
        return entry;
    }

    /** The organisation's newest entries first, at most {@value #MAX_LIST}. */
    public List<AuditEntry> recent(long organisationId) {
        return em.createQuery("select e from AuditEntry e where e.organisationId = :org"
                        + " order by e.occurredAt desc, e.id desc", AuditEntry.class)
                .setParameter("org", organisationId)
                .setMaxResults(MAX_LIST)
                .getResultList();
    }
}
