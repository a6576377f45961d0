package io.tiski.chat.control;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.Message;
import io.tiski.conversation.entity.SenderType;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.ApplicationFailure;
import io.tiski.platform.Conflict;
import io.tiski.platform.NotFound;
import io.tiski.routing.control.Handovers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes messages. A message gets its number under its conversation's row lock (SELECT ... FOR
 * UPDATE), and a repeated client id is looked up under that same lock, so numbers are unique and
 * gapless and a message sent twice is stored once, on any number of servers. The number is kept
 * outside the entity: taking it must not bump the conversation's version, or every message would
 * clash with routing's optimistic checks.
 */
@ApplicationScoped
public class MessageWriter {

    @PersistenceContext
    EntityManager em;

    @Inject
    Handovers handovers;

    @Inject
    Attachments attachments;

    @Inject
    Clock clock;

    // Each message stored, repeats included, for the live lines once it is committed.
    @Inject
    Event<Posted> posts;

    /**
     * Posts these messages in one transaction, with one query each for the row locks, the
     * conversations, their staff and earlier sends, whatever the number of messages. Each send is
     * checked on its own: one refused send (an ended chat, a bad menu answer) is answered with its
     * reason and the others are still stored. Nothing is written before all checks of a send have
     * passed, so a refused one leaves no trace in the transaction.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<SendOutcome> write(List<Send> sends) {
        var batch = new Batch(sends);
        List<SendOutcome> outcomes = new ArrayList<>(sends.size());
        for (var send : sends) {
            try {
                outcomes.add(SendOutcome.posted(batch.post(send)));
            } catch (ApplicationFailure refused) {
                outcomes.add(SendOutcome.refused(refused));
            }
        }
        batch.storeNumbers();
        em.flush();
        outcomes.stream().filter(outcome -> outcome.posted() != null).forEach(outcome -> posts.fire(outcome.posted()));
        return outcomes;
    }

    /**
     * A message from Tiski itself, in the caller's transaction, which has just changed the
     * conversation: its changes are flushed, never refreshed away.
     */
    Posted postSystem(Conversation conversation, String body, Long concernedUserId) {
        em.flush();
        long seq = lockedLastSeqs(List.of(conversation.getId())).get(conversation.getId()) + 1;
        // The agent it is about hears it too, even when it is about them leaving.
        List<Long> audience = new ArrayList<>(handovers.staffIn(conversation));
        if (concernedUserId != null && !audience.contains(concernedUserId)) {
            audience.add(concernedUserId);
        }
        var message = Message.numbered(conversation.getOrganisationId(), conversation.getId(), seq, SenderType.SYSTEM,
                null, "system-" + UUID.randomUUID(), body, false, clock.instant());
        message.carry(List.of());
        em.persist(message);
        storeLastSeqs(Map.of(conversation.getId(), seq));
        em.flush();
        var posted = new Posted(message, null, false, audience);
        posts.fire(posted);
        return posted;
    }

    /** The last message numbers of these conversations, their rows locked in id order (so batches never deadlock). */
    @SuppressWarnings("unchecked")
    private Map<Long, Long> lockedLastSeqs(Collection<Long> conversationIds) {
        var ids = conversationIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        // Written into the statement (numbers only, so nothing can be injected); like a bound IN
        // list, the text differs with the number of ids.
        List<Object[]> rows = em.createNativeQuery("SELECT id, last_seq FROM conversations WHERE id IN (" + ids
                        + ") ORDER BY id FOR UPDATE")
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> ((Number) row[0]).longValue(),
                row -> ((Number) row[1]).longValue()));
    }

    /** Stores the conversations' new last numbers, all with one statement. */
    private void storeLastSeqs(Map<Long, Long> seqs) {
        if (seqs.isEmpty()) {
            return;
        }
        var cases = new StringBuilder();
        seqs.forEach((id, seq) -> cases.append(" WHEN ").append(id).append(" THEN ").append(seq));
        em.createNativeQuery("UPDATE conversations SET last_seq = CASE id" + cases + " END WHERE id IN ("
                        + seqs.keySet().stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .executeUpdate();
    }

    /** The state one {@link #write} reads once for all its sends, and the numbers it hands out. */
    private final class Batch {
        private final Map<Long, Long> lastSeqs;
        private final Map<Long, Conversation> conversations;
        private final Map<Long, List<Long>> staff;
        private final Map<String, Message> earlier;
        private final Set<Long> numbered = new HashSet<>();

        Batch(List<Send> sends) {
            var ids = sends.stream().map(Send::conversationId).collect(Collectors.toSet());
            lastSeqs = new HashMap<>(lockedLastSeqs(ids));
            // Read after the locks: every change committed before them is seen.
            conversations = em.createQuery("select c from Conversation c where c.id in :ids", Conversation.class)
                    .setParameter("ids", List.copyOf(ids))
                    .getResultStream()
                    .collect(Collectors.toMap(Conversation::getId, Function.identity()));
            staff = conversations.isEmpty() ? Map.of() : handovers.staffIn(conversations.values());
            earlier = new HashMap<>();
            var clientIds = sends.stream().map(Send::clientId).filter(id -> id != null).distinct().toList();
            if (!conversations.isEmpty() && !clientIds.isEmpty()) {
                em.createQuery("select m from Message m where m.conversationId in :conversations"
                                + " and m.clientId in :clients", Message.class)
                        .setParameter("conversations", List.copyOf(conversations.keySet()))
                        .setParameter("clients", clientIds)
                        .getResultStream()
                        .forEach(m -> earlier.put(key(m.getConversationId(), m.getClientId()), m));
            }
        }

        Posted post(Send send) {
            Message.requireClientId(send.clientId());
            var conversation = conversations.get(send.conversationId());
            if (conversation == null || send.organisationId() != null
                    && conversation.getOrganisationId() != send.organisationId().longValue()) {
                throw new NotFound("routing.conversation.notFound");
            }
            var repeated = earlier.get(key(conversation.getId(), send.clientId()));
            if (repeated != null) {
                if (!repeated.isSameSend(send.senderType(), send.userId())) {
                    throw new Conflict("clientId", "chat.clientId.taken");
                }
                return new Posted(repeated, senderName(send), true, staff.getOrDefault(conversation.getId(), List.of()));
            }
            requireActive(conversation);
            var inConversation = staff.get(conversation.getId());
            if (send.senderType() == SenderType.AGENT && !inConversation.contains(send.userId())) {
                throw new Conflict(null, "chat.notParticipant");
            }
            long seq = lastSeqs.get(conversation.getId()) + 1;
            var message = Message.numbered(conversation.getOrganisationId(), conversation.getId(), seq,
                    send.senderType(), send.userId(), send.clientId(), send.body(), send.staffOnly(), clock.instant());
            message.offer(send.options());
            if (send.answerTo() != null) {
                message.answers(bySeq(conversation.getId(), send.answerTo()));
            }
            message.carry(attachments.toSend(conversation, send.attachmentIds()));
            em.persist(message);
            lastSeqs.put(conversation.getId(), seq);
            numbered.add(conversation.getId());
            earlier.put(key(conversation.getId(), send.clientId()), message);
            return new Posted(message, senderName(send), false, inConversation);
        }

        void storeNumbers() {
            storeLastSeqs(numbered.stream().collect(Collectors.toMap(id -> id, lastSeqs::get)));
        }

        private static String key(long conversationId, String clientId) {
            return conversationId + ":" + clientId;
        }
    }

    static void requireActive(Conversation conversation) {
        if (!conversation.isActive()) {
            throw new Conflict(null, conversation.isEnded() ? "chat.ended" : "chat.notStarted");
        }
    }

    private String senderName(Send send) {
        return send.senderType() == SenderType.AGENT ? em.find(StaffUser.class, send.userId()).getDisplayName() : null;
    }

    private Message bySeq(long conversationId, long seq) {
        return em.createQuery("select m from Message m where m.conversationId = :conversation and m.seq = :seq"
                        + " and m.staffOnly = false", Message.class)
                .setParameter("conversation", conversationId)
                .setParameter("seq", seq)
                .getResultStream().findFirst().orElse(null);
    }
}
