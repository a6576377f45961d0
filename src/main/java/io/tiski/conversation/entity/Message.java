package io.tiski.conversation.entity;

import io.tiski.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;

/** One chat message, numbered within its conversation; stored before anyone is told it exists. */
@Entity
@Table(name = "messages")
public class Message {

    /** The longest message text accepted, in characters; longer ones are refused, not cut. */
    public static final int MAX_LENGTH = 4000;
    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(nullable = false, updatable = false)
    private long seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "sender_type", nullable = false, length = 20, updatable = false)
    private SenderType senderType;

    @Column(name = "sender_user_id", updatable = false)
    private Long senderUserId;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "client_id", length = 64, updatable = false)
    private String clientId;

    @Column(name = "staff_only", nullable = false, updatable = false)
    private boolean staffOnly;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Message() {
    }

    /** Message number {@code seq} of the conversation; the caller took it under the conversation's row lock. */
    public static Message numbered(long organisationId, long conversationId, long seq, SenderType senderType,
                                   Long senderUserId, String clientId, String body, boolean staffOnly, Instant now) {
        requireClientId(clientId);
        if (body == null || body.isBlank()) {
            throw new InvalidInput("body", "chat.body.empty");
        }
        if (body.length() > MAX_LENGTH) {
            throw new InvalidInput("body", "chat.body.tooLong", MAX_LENGTH);
        }
        var message = new Message();
        message.organisationId = organisationId;
        message.conversationId = conversationId;
        message.seq = seq;
        message.senderType = senderType;
        message.senderUserId = senderUserId;
        message.clientId = clientId;
        message.body = body;
        message.staffOnly = staffOnly;
        message.createdAt = now;
        return message;
    }

    public static void requireClientId(String clientId) {
        if (clientId == null || !CLIENT_ID.matcher(clientId).matches()) {
            throw new InvalidInput("clientId", "chat.clientId.invalid");
        }
    }

    /** Whether this is the same send repeated (same sender), rather than another sender's id clash. */
    public boolean isSameSend(SenderType type, Long userId) {
        return senderType == type && java.util.Objects.equals(senderUserId, userId);
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getSeq() {
        return seq;
    }

    public SenderType getSenderType() {
        return senderType;
    }

    public Long getSenderUserId() {
        return senderUserId;
    }

    public String getBody() {
        return body;
    }

    public String getClientId() {
        return clientId;
    }

    public boolean isStaffOnly() {
        return staffOnly;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
