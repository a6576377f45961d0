package io.tiski.contact.control;

import io.tiski.contact.entity.Contact;
import io.tiski.contact.entity.ContactNote;
import io.tiski.contact.entity.MergedDetails;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Forbidden;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import io.tiski.platform.UiText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Locale;

/**
 * Merging a duplicate card into the one an admin keeps (see {@link MergedDetails} for which fields
 * win). The duplicate's notes move to the survivor; everything else that points at a card moves
 * through {@link ContactsMerging}, observed synchronously in this transaction before the duplicate
 * is deleted.
 */
@ApplicationScoped
@Transactional
public class ContactMerges {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ContactsMerging> merging;

    @Inject
    Clock clock;

    /**
     * @param locale the language of the note that keeps e-mails and phones for which the survivor
     *               had no free slot
     * @return the survivor as it is now
     */
    public Contact merge(StaffUser caller, long survivorId, long mergedId, Locale locale) {
        if (!ContactCards.isAdmin(caller)) {
            throw new Forbidden(null, "contact.adminOnly");
        }
        if (survivorId == mergedId) {
            throw new InvalidInput("mergedId", "contact.merge.self");
        }
        long organisationId = caller.getOrganisationId();
        // Both rows locked (SELECT ... FOR UPDATE), always the lower id first so two merges of the
        // same cards queue up instead of deadlocking. The one that waited finds its duplicate gone
        // and is told so (404): two merges can never both win, nor leave notes on a deleted card.
        var first = locked(organisationId, Math.min(survivorId, mergedId));
        var second = locked(organisationId, Math.max(survivorId, mergedId));
        var survivor = first.getId() == survivorId ? first : second;
        var merged = survivor == first ? second : first;

        var result = MergedDetails.of(survivor.details(), merged.details());
        em.createNativeQuery("UPDATE contact_notes SET contact_id = ? WHERE contact_id = ? AND organisation_id = ?")
                .setParameter(1, survivorId).setParameter(2, mergedId).setParameter(3, organisationId)
                .executeUpdate();
        if (!result.leftOver().isEmpty()) {
            em.persist(new ContactNote(survivor, em.getReference(StaffUser.class, caller.getId()),
                    UiText.get(locale, "contact.merge.leftOverNote", String.join(", ", result.leftOver())),
                    clock.instant()));
        }
        // A change of fields and updatedAt: the version goes up, so a form opened before the merge is stale.
        survivor.change(result.details(), survivor.isVerified() || merged.isVerified(), clock.instant());
        em.flush();
        merging.fire(new ContactsMerging(organisationId, survivorId, mergedId));
        em.remove(merged);
        em.flush();
        return survivor;
    }

    private Contact locked(long organisationId, long contactId) {
        var contact = em.find(Contact.class, contactId, LockModeType.PESSIMISTIC_WRITE);
        if (contact == null || !contact.belongsTo(organisationId)) {
            throw new NotFound("contact.notFound");
        }
        return contact;
    }
}
