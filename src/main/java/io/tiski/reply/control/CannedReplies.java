package io.tiski.reply.control;

import io.tiski.conversation.control.Conversations;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.platform.UniqueKey;
import io.tiski.queue.control.Queues;
import io.tiski.reply.entity.CannedReply;
import io.tiski.reply.entity.ReplyContent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/**
 * The canned replies of an organisation. Every method takes the caller's organisation first; an
 * agent's own replies are reached only with the owner's id, organisation-wide ("shared") ones
 * only through the shared methods, so an id of the wrong kind is simply "not found".
 *
 * <p>Duplicate keywords are left to the database's unique key (see V18 and {@link UniqueKey}): the
 * keyword is stored in lower case, so the key is exactly the rule, and it also stops the second of
 * two simultaneous writes, which no check before the insert could see.
 */
@ApplicationScoped
@Transactional
public class CannedReplies {

    /** The agent's own replies first, then by keyword (keywords are unique within each group). */
    private static final Comparator<CannedReply> OWN_FIRST =
            Comparator.comparing((CannedReply reply) -> !reply.isOwn()).thenComparing(CannedReply::getKeyword);

    @PersistenceContext
    EntityManager em;

    @Inject
    Conversations conversations;

    @Inject
    Queues queues;

    @Inject
    Clock clock;

    /** What the agent may use in any conversation: their own replies and every organisation-wide one. */
    public List<CannedReply> usableBy(long organisationId, long userId) {
        return usable(organisationId, userId, null);
    }

    /**
     * What the agent may use in that conversation: their own replies and the organisation-wide ones
     * for every queue or for its queue, each in the version for its customer's language (the
     * default text when that language has none).
     */
    public List<ReplyInConversation> usableIn(long organisationId, long userId, long conversationId) {
        var conversation = conversations.of(organisationId, conversationId);
        String customerLanguage = conversation.getCustomerLanguage();
        return usable(organisationId, userId, conversation.getQueueId()).stream()
                .map(reply -> new ReplyInConversation(reply, reply.versionFor(customerLanguage)))
                .toList();
    }

    private List<CannedReply> usable(long organisationId, long userId, Long queueIdOrNull) {
        return em.createQuery("select r from CannedReply r where r.organisationId = :org"
                        + " and (r.ownerId = :user or r.ownerId is null)", CannedReply.class)
                .setParameter("org", organisationId)
                .setParameter("user", userId)
                .getResultStream()
                .filter(reply -> queueIdOrNull == null || reply.servesQueue(queueIdOrNull))
                .sorted(OWN_FIRST)
                .toList();
    }

    public CannedReply createOwn(long organisationId, long userId, ReplyContent content) {
        return stored(CannedReply.ownedBy(organisationId, userId, content, clock.instant()));
    }

    public CannedReply updateOwn(long organisationId, long userId, long replyId, ReplyContent content) {
        var reply = own(organisationId, userId, replyId);
        reply.rewrite(content, clock.instant());
        return flushed(reply);
    }

    public void deleteOwn(long organisationId, long userId, long replyId) {
        em.remove(own(organisationId, userId, replyId));
    }

    /** The organisation-wide replies, by keyword: what the admin screen lists. */
    public List<CannedReply> shared(long organisationId) {
        return em.createQuery("select r from CannedReply r where r.organisationId = :org and r.ownerId is null"
                        + " order by r.keyword", CannedReply.class)
                .setParameter("org", organisationId)
                .getResultList();
    }

    /** @param queueIdOrNull the one queue the reply serves, or null for every queue */
    public CannedReply createShared(long organisationId, Long queueIdOrNull, ReplyContent content) {
        requireQueue(organisationId, queueIdOrNull);
        return stored(CannedReply.shared(organisationId, queueIdOrNull, content, clock.instant()));
    }

    public CannedReply updateShared(long organisationId, long replyId, Long queueIdOrNull, ReplyContent content) {
        var reply = sharedReply(organisationId, replyId);
        requireQueue(organisationId, queueIdOrNull);
        reply.rewrite(content, clock.instant());
        reply.scopeTo(queueIdOrNull);
        return flushed(reply);
    }

    public void deleteShared(long organisationId, long replyId) {
        em.remove(sharedReply(organisationId, replyId));
    }

    private CannedReply own(long organisationId, long userId, long replyId) {
        var reply = em.find(CannedReply.class, replyId);
        if (reply == null || !reply.belongsTo(organisationId) || !reply.isOwnedBy(userId)) {
            throw new NotFound("reply.notFound");
        }
        return reply;
    }

    private CannedReply sharedReply(long organisationId, long replyId) {
        var reply = em.find(CannedReply.class, replyId);
        if (reply == null || !reply.belongsTo(organisationId) || reply.isOwn()) {
            throw new NotFound("reply.notFound");
        }
        return reply;
    }

    /** A queue scope must be a queue of the same organisation ("not found" otherwise). */
    private void requireQueue(long organisationId, Long queueIdOrNull) {
        if (queueIdOrNull != null) {
            queues.find(organisationId, queueIdOrNull);
        }
    }

    private CannedReply stored(CannedReply reply) {
        em.persist(reply);
        return flushed(reply);
    }

    private CannedReply flushed(CannedReply reply) {
        UniqueKey.flush(em, () -> new Conflict("keyword", "reply.keyword.taken", reply.getKeyword()));
        return reply;
    }
}
