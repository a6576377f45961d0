package io.tiski.tag.control;

import io.tiski.conversation.control.ConversationAnnotated;
import io.tiski.conversation.control.Conversations;
import io.tiski.tag.entity.ConversationTag;
import io.tiski.tag.entity.Tag;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * The tags on a conversation. Any staff member of the conversation's organisation may read and
 * change them, whatever the conversation's state: agents often tag after the chat has ended.
 */
@ApplicationScoped
@Transactional
public class ConversationTags {

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    Tags tags;

    @Inject
    Clock clock;

    @Inject
    Event<ConversationAnnotated> annotated;

    /** The conversation's tags by name, retired ones included (they are part of its history). */
    public List<Tag> of(long organisationId, long conversationId) {
        conversations.of(organisationId, conversationId);
        return em.createQuery("select t from Tag t, ConversationTag ct where ct.tagId = t.id"
                        + " and ct.conversationId = :conversation and t.organisationId = :org"
                        + " order by lower(t.name), t.id", Tag.class)
                .setParameter("conversation", conversationId)
                .setParameter("org", organisationId)
                .getResultList();
    }

    /** Puts the tag on the conversation unless it is there already; answers the conversation's tags. */
    public List<Tag> add(long organisationId, long userId, long conversationId, long tagId) {
        var conversation = conversations.of(organisationId, conversationId);
        // The tag's row lock makes "not retired" and "not there yet" hold until the insert commits.
        var tag = tags.locked(organisationId, tagId);
        var link = tag.putOn(conversation, userId, clock.instant());
        if (em.find(ConversationTag.class, new ConversationTag.Key(conversationId, tagId)) == null) {
            em.persist(link);
            annotated.fire(new ConversationAnnotated(conversationId, ConversationAnnotated.TAGS));
        }
        return of(organisationId, conversationId);
    }

    /** Takes the tag off the conversation if it is there (a retired tag too); answers the conversation's tags. */
    public List<Tag> remove(long organisationId, long conversationId, long tagId) {
        conversations.of(organisationId, conversationId);
        tags.find(organisationId, tagId);
        int removed = em.createQuery(
                        "delete from ConversationTag ct where ct.conversationId = :conversation and ct.tagId = :tag")
                .setParameter("conversation", conversationId)
                .setParameter("tag", tagId)
                .executeUpdate();
        if (removed > 0) {
            annotated.fire(new ConversationAnnotated(conversationId, ConversationAnnotated.TAGS));
        }
        return of(organisationId, conversationId);
    }
}
