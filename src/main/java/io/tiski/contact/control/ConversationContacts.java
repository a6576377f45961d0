package io.tiski.contact.control;

import io.tiski.conversation.control.ConversationAnnotated;
import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Conversation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Which contact card a conversation's customer is: chosen by an agent in the desk (any staff of the
 * organisation, as with a conversation's notes and tags), cleared by choosing none, and carried to
 * the surviving card when two cards are merged.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ConversationContacts {

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    ContactCards cards;

    @Inject
    Event<ConversationAnnotated> annotated;

    /** Links the card (null: none); a conversation or card of another organisation is "not found". */
    public Conversation link(long organisationId, long conversationId, Long contactId) {
        // Locked: the conversation row changes often (the widget's signs of life bump its version),
        // and a link must not fail for that.
        var conversation = conversations.locked(organisationId, conversationId);
        if (contactId != null) {
            cards.find(organisationId, contactId);
        }
        conversation.linkContact(contactId);
        annotated.fire(new ConversationAnnotated(conversationId, ConversationAnnotated.CONTACT));
        return conversation;
    }

    /** Inside the merge's transaction, before the merged card is deleted (its FK would clear the link). */
    void merging(@Observes ContactsMerging merge) {
        em.createQuery("update Conversation c set c.contactId = :survivor"
                        + " where c.organisationId = :org and c.contactId = :merged")
                .setParameter("survivor", merge.survivorId())
                .setParameter("org", merge.organisationId())
                .setParameter("merged", merge.mergedId())
                .executeUpdate();
    }
}
