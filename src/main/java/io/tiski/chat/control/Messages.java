package io.tiski.chat.control;

import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.Message;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.routing.control.Handovers;
import io.tiski.routing.control.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Reading chat messages (catch-up pages), and the typing and "seen" signals that go with them;
 * writing is {@link Posting}'s.
 */
@ApplicationScoped
public class Messages {

    /** Catch-up answers at most this many messages at a time; the client asks again from the last. */
    public static final int PAGE = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingLine line;

    @Inject
    Handovers handovers;

    @Inject
    Conversations conversations;

    /** What the customer has not seen yet: messages after {@code afterSeq}, never the private ones. */
    @Transactional
    public List<Stored> afterForCustomer(String token, long afterSeq) {
        return after(line.byToken(token).getId(), afterSeq, false);
    }

    /** Staff of the organisation read the whole conversation, private messages included. */
    @Transactional
    public List<Stored> afterForStaff(long organisationId, long conversationId, long afterSeq) {
        return after(conversations.of(organisationId, conversationId).getId(), afterSeq, true);
    }

    /** The staff to tell that the customer is typing; the customer's conversation must be active. */
    @Transactional
    public Audience customerTyping(String token) {
        var conversation = line.byToken(token);
        MessageWriter.requireActive(conversation);
        return new Audience(conversation.getId(), handovers.staffIn(conversation));
    }

    /** The others to tell that this agent is typing; only the agents in the conversation type in it. */
    @Transactional
    public Audience staffTyping(long organisationId, long userId, long conversationId) {
        var conversation = conversations.of(organisationId, conversationId);
        MessageWriter.requireActive(conversation);
        var staff = handovers.staffIn(conversation);
        if (!staff.contains(userId)) {
            throw new Conflict(null, "chat.notParticipant");
        }
        return new Audience(conversation.getId(), staff.stream().filter(id -> id != userId).toList());
    }

    /**
     * The customer has read up to {@code seq}. Kept as the highest number reported (never beyond
     * the last message), with a conditional update so late or repeated reports change nothing.
     */
    @Transactional
    public Seen customerSaw(String token, long seq) {
        var conversation = line.byToken(token);
        em.createNativeQuery("UPDATE conversations SET customer_seen_seq = LEAST(last_seq, ?)"
                        + " WHERE id = ? AND customer_seen_seq < LEAST(last_seq, ?)")
                .setParameter(1, seq)
                .setParameter(2, conversation.getId())
                .setParameter(3, seq)
                .executeUpdate();
        long seen = ((Number) em.createNativeQuery("SELECT customer_seen_seq FROM conversations WHERE id = ?")
                .setParameter(1, conversation.getId())
                .getSingleResult()).longValue();
        return new Seen(new Audience(conversation.getId(), handovers.staffIn(conversation)), seen);
    }

    /**
     * The conversation's last message number, private ones included: a customer's catch-up ends
     * with it, so a number taken by a private message is not mistaken for a missing message.
     */
    @Transactional
    public long lastSeq(long conversationId) {
        return ((Number) em.createNativeQuery("SELECT last_seq FROM conversations WHERE id = ?")
                .setParameter(1, conversationId)
                .getSingleResult()).longValue();
    }

    /** The conversation the token opens (its id is what the customer's connection follows). */
    @Transactional
    public Conversation customerConversation(String token) {
        return line.byToken(token);
    }

    private List<Stored> after(long conversationId, long afterSeq, boolean includeStaffOnly) {
        var page = em.createQuery("select m from Message m where m.conversationId = :conversation and m.seq > :after"
                        + (includeStaffOnly ? "" : " and m.staffOnly = false") + " order by m.seq", Message.class)
                .setParameter("conversation", conversationId)
                .setParameter("after", afterSeq)
                .setMaxResults(PAGE)
                // One query for the files of the whole page instead of one per message.
                .setHint("eclipselink.batch", "m.attachments")
                .setHint("eclipselink.batch.type", "IN")
                .getResultList();
        var names = staffNames(page.stream().map(Message::getSenderUserId).filter(Objects::nonNull)
                .distinct().toList());
        return page.stream()
                .map(m -> new Stored(m, m.getSenderUserId() == null ? null : names.get(m.getSenderUserId())))
                .toList();
    }

    private Map<Long, String> staffNames(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u.id, u.displayName from StaffUser u where u.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
