package io.tiski.chat.control;

import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.Message;
import io.tiski.conversation.entity.SenderType;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.routing.control.Handovers;
import io.tiski.routing.control.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Storing and reading chat messages. A message gets its number under the conversation's row lock
 * (SELECT ... FOR UPDATE), and a repeated client id is looked up under that same lock, so numbers
 * are unique and gapless and a message sent twice is stored once, on any number of servers. Each
 * post is its own transaction: when it returns, the message is committed and may be acknowledged.
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

    @Inject
    Attachments attachments;

    @Inject
    Clock clock;

    /**
     * The customer writes, or picks a choice of the options menu in message {@code answerTo} (null if
     * not), with the files they uploaded ({@code attachmentIds}, may be empty).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Posted postAsCustomer(String token, String clientId, String body, Long answerTo, List<Long> attachmentIds) {
        var conversation = line.byToken(token);
        return post(conversation, SenderType.CUSTOMER, null, clientId, body, false, message -> {
            if (answerTo != null) {
                message.answers(bySeq(conversation.getId(), answerTo));
            }
            message.carry(attachments.toSend(conversation, attachmentIds));
        });
    }

    /** A staff member in the conversation writes; {@code staffOnly} for a private message among agents. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Posted postAsStaff(long organisationId, long userId, long conversationId, String clientId, String body,
                              boolean staffOnly, List<String> options, List<Long> attachmentIds) {
        var conversation = conversations.of(organisationId, conversationId);
        return post(conversation, SenderType.AGENT, userId, clientId, body, staffOnly, message -> {
            message.offer(options);
            message.carry(attachments.toSend(conversation, attachmentIds));
        });
    }

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
        requireActive(conversation);
        return new Audience(conversation.getId(), handovers.staffIn(conversation));
    }

    /** The others to tell that this agent is typing; only the agents in the conversation type in it. */
    @Transactional
    public Audience staffTyping(long organisationId, long userId, long conversationId) {
        var conversation = conversations.of(organisationId, conversationId);
        requireActive(conversation);
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

    private static void requireActive(Conversation conversation) {
        if (!conversation.isActive()) {
            throw new Conflict(null, conversation.isEnded() ? "chat.ended" : "chat.notStarted");
        }
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

    private Posted post(Conversation conversation, SenderType type, Long userId, String clientId, String body,
                        boolean staffOnly, Consumer<Message> extras) {
        Message.requireClientId(clientId);
        long lastSeq = lockForNumbering(conversation);
        var earlier = byClientId(conversation.getId(), clientId);
        if (earlier.isPresent()) {
            if (!earlier.get().isSameSend(type, userId)) {
                throw new Conflict("clientId", "chat.clientId.taken");
            }
            return new Posted(earlier.get(), senderName(type, userId), true, List.of());
        }
        requireActive(conversation);
        var inConversation = handovers.staffIn(conversation);
        if (type == SenderType.AGENT && !inConversation.contains(userId)) {
            throw new Conflict(null, "chat.notParticipant");
        }
        return append(conversation, lastSeq, type, userId, clientId, body, staffOnly, inConversation, extras);
    }

    /**
     * A message from Tiski itself, in the caller's transaction, which has just changed the
     * conversation: its changes are flushed, never refreshed away.
     */
    Posted postSystem(Conversation conversation, String body, Long concernedUserId) {
        em.flush();
        long lastSeq = lastSeqLocked(conversation);
        // The agent it is about hears it too, even when it is about them leaving.
        List<Long> audience = new ArrayList<>(handovers.staffIn(conversation));
        if (concernedUserId != null && !audience.contains(concernedUserId)) {
            audience.add(concernedUserId);
        }
        return append(conversation, lastSeq, SenderType.SYSTEM, null, "system-" + UUID.randomUUID(), body, false,
                audience, message -> { });
    }

    /** Locks the conversation row, reads its state afresh, and answers its last message number. */
    private long lockForNumbering(Conversation conversation) {
        long lastSeq = lastSeqLocked(conversation);
        em.refresh(conversation);
        return lastSeq;
    }

    // The number is kept outside the entity: taking it must not bump the conversation's version, or
    // every message would clash with routing's optimistic checks.
    private long lastSeqLocked(Conversation conversation) {
        return ((Number) em.createNativeQuery("SELECT last_seq FROM conversations WHERE id = ? FOR UPDATE")
                .setParameter(1, conversation.getId())
                .getSingleResult()).longValue();
    }

    private Posted append(Conversation conversation, long lastSeq, SenderType type, Long userId, String clientId,
                          String body, boolean staffOnly, List<Long> staffInConversation, Consumer<Message> extras) {
        long seq = lastSeq + 1;
        em.createNativeQuery("UPDATE conversations SET last_seq = ? WHERE id = ?")
                .setParameter(1, seq)
                .setParameter(2, conversation.getId())
                .executeUpdate();
        var message = Message.numbered(conversation.getOrganisationId(), conversation.getId(), seq, type, userId,
                clientId, body, staffOnly, clock.instant());
        extras.accept(message);
        message.requireContent();
        em.persist(message);
        em.flush();
        return new Posted(message, senderName(type, userId), false, staffInConversation);
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

    private Message bySeq(long conversationId, long seq) {
        return em.createQuery("select m from Message m where m.conversationId = :conversation and m.seq = :seq"
                        + " and m.staffOnly = false", Message.class)
                .setParameter("conversation", conversationId)
                .setParameter("seq", seq)
                .getResultStream().findFirst().orElse(null);
    }

    private Optional<Message> byClientId(long conversationId, String clientId) {
        return em.createQuery("select m from Message m where m.conversationId = :conversation and m.clientId = :client",
                        Message.class)
                .setParameter("conversation", conversationId)
                .setParameter("client", clientId)
                .getResultStream().findFirst();
    }


    private String senderName(SenderType type, Long userId) {
        return type == SenderType.AGENT ? em.find(StaffUser.class, userId).getDisplayName() : null;
    }
}
