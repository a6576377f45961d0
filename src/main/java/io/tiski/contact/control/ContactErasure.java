package io.tiski.contact.control;

import io.tiski.audit.control.AuditTrail;
import io.tiski.audit.entity.AuditEntry;
import io.tiski.contact.entity.Contact;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Forbidden;
import io.tiski.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Erasing a card for a data-protection request: the card, its keys and its notes go (the foreign
 * keys cascade, as do or null out those of other components' rows); what stays is an audit entry
 * with the card's id, the admin's id and the time, and nothing about the person.
 */
@ApplicationScoped
@Transactional
public class ContactErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void erase(StaffUser caller, long contactId) {
        if (!ContactCards.isAdmin(caller)) {
            throw new Forbidden(null, "contact.adminOnly");
        }
        // Locked, so a merge into or from this card waits and then finds it gone, rather than
        // moving notes onto it while it is deleted.
        var contact = em.find(Contact.class, contactId, LockModeType.PESSIMISTIC_WRITE);
        if (contact == null || !contact.belongsTo(caller.getOrganisationId())) {
            throw new NotFound("contact.notFound");
        }
        em.remove(contact);
        audit.record(caller.getOrganisationId(), caller.getId(), AuditEntry.CONTACT_ERASED, contactId);
        em.flush();
    }
}
