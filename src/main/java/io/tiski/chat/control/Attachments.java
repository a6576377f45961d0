package io.tiski.chat.control;

import io.tiski.conversation.control.Conversations;
import io.tiski.conversation.entity.Attachment;
import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.FileKind;
import io.tiski.conversation.entity.Message;
import io.tiski.platform.Conflict;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import io.tiski.platform.UtcInstantConverter;
import io.tiski.routing.control.Handovers;
import io.tiski.routing.control.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Who may send and read which files. A file is sent only by someone in an active conversation
 * whose queue allows attachments; the customer reads the files of their own conversation that are
 * not private, staff read every file of their organisation.
 */
@ApplicationScoped
public class Attachments {

    /** Files one conversation may hold, so that no one fills the disk through a single chat. */
    public static final int MAX_PER_CONVERSATION = 100;
    /** Uploads that no message has claimed within this time are removed. */
    static final Duration UNCLAIMED_KEPT = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    WaitingLine line;

    @Inject
    Conversations conversations;

    @Inject
    Handovers handovers;

    @Inject
    Clock clock;

    /** Who is uploading into which conversation: {@code userId} null for the customer. */
    public record Uploader(String token, Long organisationId, Long userId, Long conversationId) {

        public static Uploader customer(String token) {
            return new Uploader(token, null, null, null);
        }

        public static Uploader staff(long organisationId, long userId, long conversationId) {
            return new Uploader(null, organisationId, userId, conversationId);
        }
    }

    /** Checks, before any byte is stored, that this uploader may send a file now. */
    @Transactional
    public void requireMayUpload(Uploader uploader) {
        conversationFor(uploader, false);
    }

    /** Records a stored file; the checks run again, since the upload took a while. */
    @Transactional
    public Attachment record(Uploader uploader, FileStore.StoredFile file, String originalName) {
        FileKind.requireAccepted(file.contentType());
        // Locked: two uploads finishing at once must not both count 99 and make 101.
        var conversation = conversationFor(uploader, true);
        var attachment = Attachment.uploaded(conversation, uploader.userId(), file.name(), originalName,
                file.contentType(), file.size(), clock.instant());
        em.persist(attachment);
        em.flush();
        return attachment;
    }

    private Conversation conversationFor(Uploader uploader, boolean locked) {
        var conversation = uploader.userId() == null
                ? line.byToken(uploader.token())
                : conversations.of(uploader.organisationId(), uploader.conversationId());
        if (locked) {
            em.refresh(conversation, LockModeType.PESSIMISTIC_WRITE);
        }
        if (!conversation.isActive()) {
            throw new Conflict(null, conversation.isEnded() ? "chat.ended" : "chat.notStarted");
        }
        if (uploader.userId() != null && !handovers.staffIn(conversation).contains(uploader.userId())) {
            throw new Conflict(null, "chat.notParticipant");
        }
        requireAllowed(conversation);
        long held = em.createQuery("select count(a) from Attachment a where a.conversationId = :conversation", Long.class)
                .setParameter("conversation", conversation.getId())
                .getSingleResult();
        if (held >= MAX_PER_CONVERSATION) {
            throw new Conflict("file", "chat.attachment.full", MAX_PER_CONVERSATION);
        }
        return conversation;
    }

    private static void requireAllowed(Conversation conversation) {
        if (!conversation.getQueue().isAttachmentsAllowed()) {
            throw new Conflict("file", "chat.attachment.notAllowed");
        }
    }

    /**
     * The uploaded files with these ids, for a message being written in {@code conversation} (the
     * caller holds its row lock, so two messages never claim one file).
     */
    List<Attachment> toSend(Conversation conversation, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        requireAllowed(conversation);
        if (ids.size() > Message.MAX_ATTACHMENTS) {
            throw new InvalidInput("attachments", "chat.attachment.tooMany", Message.MAX_ATTACHMENTS);
        }
        var distinct = ids.stream().distinct().toList();
        var found = em.createQuery("select a from Attachment a where a.conversationId = :conversation"
                        + " and a.id in :ids order by a.id", Attachment.class)
                .setParameter("conversation", conversation.getId())
                .setParameter("ids", distinct)
                .getResultList();
        if (found.size() != distinct.size() || distinct.size() != ids.size()) {
            throw new InvalidInput("attachments", "chat.attachment.unknown");
        }
        return found;
    }

    /** A file the customer may read: in their conversation, and not sent privately among staff. */
    @Transactional
    public Attachment forCustomer(String token, long attachmentId) {
        var conversation = line.byToken(token);
        var attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getConversationId() != conversation.getId()
                || !attachment.isVisibleToCustomer()) {
            throw new NotFound("chat.attachment.notFound");
        }
        return attachment;
    }

    /** Any file of the organisation, for its staff. */
    @Transactional
    public Attachment forStaff(long organisationId, long attachmentId) {
        var attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || attachment.getOrganisationId() != organisationId) {
            throw new NotFound("chat.attachment.notFound");
        }
        return attachment;
    }

    /** Forgets uploads no message claimed in time; answers their stored names, for the file store. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> removeUnclaimed() {
        List<Object[]> stale = em.createNativeQuery("SELECT id, stored_name FROM attachments"
                        + " WHERE message_id IS NULL AND created_at < ? ORDER BY id LIMIT 1000")
                .setParameter(1, UtcInstantConverter.toColumn(clock.instant().minus(UNCLAIMED_KEPT)))
                .getResultList();
        // A file claimed meanwhile is not deleted: only rows still unclaimed at the delete count.
        return stale.stream()
                .filter(row -> em.createNativeQuery("DELETE FROM attachments WHERE id = ? AND message_id IS NULL")
                        .setParameter(1, ((Number) row[0]).longValue())
                        .executeUpdate() == 1)
                .map(row -> (String) row[1])
                .toList();
    }
}
