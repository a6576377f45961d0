package io.tiski.conversation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A transcript the customer asked for, kept until it is mailed or every try has failed. */
@Entity
@Table(name = "transcript_mails")
public class TranscriptMail {

    /** Tries before giving up (the first at once, then one a minute). */
    public static final int MAX_SEND_ATTEMPTS = 5;
    private static final int MAX_ERROR_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(nullable = false, updatable = false, length = 254)
    private String email;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    protected TranscriptMail() {
    }

    /** {@code email} was checked by the caller. */
    public static TranscriptMail requested(Conversation conversation, String email, Instant now) {
        var mail = new TranscriptMail();
        mail.organisationId = conversation.getOrganisationId();
        mail.conversationId = conversation.getId();
        mail.email = email;
        mail.requestedAt = now;
        return mail;
    }

    /** Still to be sent: not mailed and tries left. */
    public boolean isPending() {
        return mailedAt == null && sendAttempts < MAX_SEND_ATTEMPTS;
    }

    public void mailed(Instant now) {
        this.mailedAt = now;
        this.sendAttempts++;
        this.lastError = null;
    }

    public void sendFailed(String error) {
        this.sendAttempts++;
        String text = String.valueOf(error);
        this.lastError = text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    public Long getId() {
        return id;
    }

    public long getConversationId() {
        return conversationId;
    }

    public String getEmail() {
        return email;
    }
}
