package io.tiski.conversation.entity;

import io.tiski.platform.InvalidInput;
import io.tiski.platform.Names;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file sent in a conversation. Uploaded first, then claimed by the message that carries it; its
 * bytes are in the file store under a generated name. Who may read it follows its conversation (and,
 * for the customer, whether its message is private).
 */
@Entity
@Table(name = "attachments")
public class Attachment {

    /** The longest file name kept; longer names are shortened, keeping the extension. */
    public static final int MAX_NAME_LENGTH = 255;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id")
    private Message message;

    @Column(name = "uploaded_by_user_id", updatable = false)
    private Long uploadedByUserId;

    @Column(name = "stored_name", nullable = false, updatable = false, length = 64)
    private String storedName;

    @Column(name = "original_name", nullable = false, updatable = false, length = MAX_NAME_LENGTH)
    private String originalName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Attachment() {
    }

    /** A file just stored for the conversation; {@code uploadedByUserId} is null for the customer. */
    public static Attachment uploaded(Conversation conversation, Long uploadedByUserId, String storedName,
                                      String originalName, String contentType, long sizeBytes, Instant now) {
        var attachment = new Attachment();
        attachment.organisationId = conversation.getOrganisationId();
        attachment.conversationId = conversation.getId();
        attachment.uploadedByUserId = uploadedByUserId;
        attachment.storedName = storedName;
        attachment.originalName = displayName(originalName);
        attachment.contentType = contentType;
        attachment.sizeBytes = sizeBytes;
        attachment.createdAt = now;
        return attachment;
    }

    /**
     * The name as shown: the last path segment only, without control or invisible characters (a
     * direction control would show "invoice[RLO]fdp.exe" as "invoiceexe.pdf"), at most 255
     * characters. It is only ever displayed and offered as the download name, never used as a path.
     */
    static String displayName(String name) {
        String cleaned = name == null ? "" : Names.visible(name).replaceAll(".*[/\\\\]", "").strip();
        if (cleaned.isEmpty()) {
            return "file";
        }
        if (cleaned.length() <= MAX_NAME_LENGTH) {
            return cleaned;
        }
        int dot = cleaned.lastIndexOf('.');
        String extension = dot > 0 && cleaned.length() - dot <= 16 ? cleaned.substring(dot) : "";
        return cleaned.substring(0, MAX_NAME_LENGTH - extension.length()) + extension;
    }

    /** Whether this upload may go with {@code carrier}: unsent, of its conversation, by its sender. */
    boolean isClaimableBy(Message carrier) {
        return message == null && conversationId.longValue() == carrier.getConversationId()
                && Objects.equals(uploadedByUserId, carrier.getSenderUserId());
    }

    /**
     * This file goes with {@code carrier}: only its uploader may send it, in the same conversation,
     * and only once.
     */
    void claimFor(Message carrier) {
        if (!isClaimableBy(carrier)) {
            throw new InvalidInput("attachments", "chat.attachment.unknown");
        }
        this.message = carrier;
    }

    /** Whether the customer of the conversation may fetch it: their own upload, or a message they were sent. */
    public boolean isVisibleToCustomer() {
        return message == null ? uploadedByUserId == null : !message.isStaffOnly();
    }

    /** Images shown inline; everything else is offered as a download. */
    public boolean isImage() {
        return FileKind.isInlineImage(contentType);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getConversationId() {
        return conversationId;
    }

    public String getStoredName() {
        return storedName;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }
}
