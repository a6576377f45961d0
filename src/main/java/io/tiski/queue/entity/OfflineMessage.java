package io.tiski.queue.entity;

import io.tiski.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message a customer left while the queue was closed; stored first, then e-mailed to the queue. */
@Entity
@Table(name = "offline_messages")
public class OfflineMessage {

    public static final int MAX_MESSAGE_LENGTH = 4000;
    public static final int MAX_CONTACT_LENGTH = 254;
    public static final int MAX_NAME_LENGTH = 120;
    private static final int MAX_ERROR_LENGTH = 500;
    /** What {@link #getLastError} holds when the queue had no address to mail to. */
    public static final String NO_ADDRESS = "The queue has no e-mail address";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "queue_id", nullable = false, updatable = false)
    private Long queueId;

    @Column(name = "customer_name", length = MAX_NAME_LENGTH, updatable = false)
    private String customerName;

    @Column(nullable = false, length = MAX_CONTACT_LENGTH, updatable = false)
    private String contact;

    @Column(nullable = false, updatable = false)
    private String message;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "send_attempts", nullable = false)
    private int sendAttempts;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "handled_by")
    private Long handledBy;

    protected OfflineMessage() {
    }

    public OfflineMessage(Queue queue, String customerName, String contact, String message, Instant now) {
        this.organisationId = queue.getOrganisationId();
        this.queueId = queue.getId();
        this.customerName = customerName == null || customerName.isBlank() ? null : cut(customerName.strip(), MAX_NAME_LENGTH);
        this.contact = required("contact", contact, MAX_CONTACT_LENGTH, "offline.contact.invalid");
        this.message = required("message", message, MAX_MESSAGE_LENGTH, "offline.message.invalid");
        this.createdAt = now;
    }

    public void mailed(Instant now) {
        this.mailedAt = now;
        this.sendAttempts++;
        this.lastError = null;
    }

    public void sendFailed(String error) {
        this.sendAttempts++;
        this.lastError = cut(String.valueOf(error), MAX_ERROR_LENGTH);
    }

    /** Someone answered the customer; marking it again keeps the first who did. */
    public void markHandled(long staffUserId, Instant now) {
        if (handledAt == null) {
            handledAt = now;
            handledBy = staffUserId;
        }
    }

    /** Back to the open messages: the answer did not reach the customer, or was marked by mistake. */
    public void reopen() {
        handledAt = null;
        handledBy = null;
    }

    private static String required(String field, String value, int max, String key) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw new InvalidInput(field, key, max);
        }
        return trimmed;
    }

    private static String cut(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getQueueId() {
        return queueId;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getContact() {
        return contact;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public int getSendAttempts() {
        return sendAttempts;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getHandledAt() {
        return handledAt;
    }

    public Long getHandledBy() {
        return handledBy;
    }
}
