package io.tiski.note.control;

import io.tiski.conversation.control.ConversationAnnotated;
import io.tiski.conversation.control.Conversations;
import io.tiski.note.entity.Note;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Notes on a conversation. Any staff of its organisation reads and writes them, also after the
 * chat has ended: notes are often written once the customer has gone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Notes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    Event<ConversationAnnotated> annotated;

    /** Oldest first, as they were written. */
    public List<Note> of(long organisationId, long conversationId) {
        conversations.of(organisationId, conversationId);
        return em.createQuery("select n from Note n where n.conversationId = :conversation order by n.id", Note.class)
                .setParameter("conversation", conversationId)
                .getResultList();
    }

    public Note write(long organisationId, long authorId, long conversationId, String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("body", "note.empty");
        }
        if (text.length() > Note.MAX_LENGTH) {
            throw new InvalidInput("body", "note.tooLong", Note.MAX_LENGTH);
        }
        var conversation = conversations.of(organisationId, conversationId);
        var note = Note.written(conversation, staff.find(organisationId, authorId), text, clock.instant());
        em.persist(note);
        annotated.fire(new ConversationAnnotated(conversationId, ConversationAnnotated.NOTES));
        return note;
    }
}
