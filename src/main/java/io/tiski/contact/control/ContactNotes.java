package io.tiski.contact.control;

import io.tiski.contact.entity.ContactNote;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Notes on a contact card. Any staff of the card's organisation reads them and writes new ones;
 * only a note's author changes or deletes it, checked here and in the note, never just in the page.
 */
@ApplicationScoped
@Transactional
public class ContactNotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContactCards cards;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    /** Newest first. */
    public List<ContactNote> of(long organisationId, long contactId) {
        cards.find(organisationId, contactId);
        return em.createQuery("select n from ContactNote n where n.contactId = :contact"
                        + " order by n.createdAt desc, n.id desc", ContactNote.class)
                .setParameter("contact", contactId)
                .getResultList();
    }

    public ContactNote write(long organisationId, long authorId, long contactId, String body) {
        var contact = cards.find(organisationId, contactId);
        var note = new ContactNote(contact, staff.find(organisationId, authorId), body, clock.instant());
        em.persist(note);
        em.flush();
        return note;
    }

    public ContactNote change(long organisationId, long userId, long contactId, long noteId, String body) {
        var note = find(organisationId, contactId, noteId);
        note.change(userId, body, clock.instant());
        return note;
    }

    public void delete(long organisationId, long userId, long contactId, long noteId) {
        var note = find(organisationId, contactId, noteId);
        note.requireAuthor(userId);
        em.remove(note);
    }

    private ContactNote find(long organisationId, long contactId, long noteId) {
        var note = em.find(ContactNote.class, noteId);
        if (note == null || !note.isOn(organisationId, contactId)) {
            throw new NotFound("contact.note.notFound");
        }
        return note;
    }
}
