package io.tiski.conversation.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.platform.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** The one way staff-side code reaches a conversation: by id, within the caller's organisation. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Conversations {

    @PersistenceContext
    EntityManager em;

    /** The conversation, or "not found" when it does not exist or belongs to another organisation. */
    public Conversation of(long organisationId, long conversationId) {
        var conversation = em.find(Conversation.class, conversationId);
        if (conversation == null || conversation.getOrganisationId() != organisationId) {
            throw new NotFound("routing.conversation.notFound");
        }
        return conversation;
    }

    /** As {@link #of}, with its row locked until the transaction ends and its state read afresh. */
    public Conversation locked(long organisationId, long conversationId) {
        var conversation = of(organisationId, conversationId);
        em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        return conversation;
    }
}
