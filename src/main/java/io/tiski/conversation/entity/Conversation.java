package io.tiski.conversation.entity;

import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Conflict;
import io.tiski.queue.entity.Queue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A customer's chat, from joining a queue until either side ends it. While WAITING it is the
 * customer's place in the queue's line, ordered by {@code queuedAt} and then id.
 */
@Entity
@Table(name = "conversations")
public class Conversation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    // Read-only copy of the foreign key, for scoping without a fetch.
    @Column(name = "queue_id", insertable = false, updatable = false)
    private Long queueId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConversationStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agent_id")
    private StaffUser agent;

    @Column(name = "agent_id", insertable = false, updatable = false)
    private Long agentId;

    @Column(name = "customer_token", length = 64, updatable = false)
    private String customerToken;

    @Column(name = "start_key", length = 64, updatable = false)
    private String startKey;

    @Column(name = "customer_name", length = 120)
    private String customerName;

    @Column(name = "customer_language", length = 35)
    private String customerLanguage;

    @Column(name = "customer_browser", length = 400)
    private String customerBrowser;

    @Column(name = "customer_page", length = 1000)
    private String customerPage;

    @Column(name = "customer_referrer", length = 1000)
    private String customerReferrer;

    // As the customer typed them in the widget; the desk looks the card up by them.
    @Column(name = "customer_phone", length = CustomerDetails.MAX_PHONE_LENGTH)
    private String customerPhone;

    @Column(name = "customer_email", length = CustomerDetails.MAX_EMAIL_LENGTH)
    private String customerEmail;

    // The contact card an agent chose for this conversation (an id: the contact component owns cards).
    @Column(name = "contact_id")
    private Long contactId;

    @Column(nullable = false, length = 20)
    private String channel = "WEB";

    @Column(name = "queued_at")
    private Instant queuedAt;

    @Column(name = "position_at_join")
    private Integer positionAtJoin;

    @Column(name = "customer_seen_at")
    private Instant customerSeenAt;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    @Column(name = "first_assigned_at")
    private Instant firstAssignedAt;

    @Column(name = "offered_to")
    private Long offeredTo;

    @Column(name = "offer_expires_at")
    private Instant offerExpiresAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason", length = 20)
    private EndReason endReason;

    @Column(name = "transfer_comment", length = 1000)
    private String transferComment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "transferred_by")
    private StaffUser transferredBy;

    @Version
    private long version;

    protected Conversation() {
    }

    /** A customer joins the queue and waits at its end. */
    public static Conversation waitingIn(Queue queue, Instant now) {
        var conversation = new Conversation();
        conversation.queue = queue;
        conversation.queueId = queue.getId();
        conversation.organisationId = queue.getOrganisationId();
        conversation.status = ConversationStatus.WAITING;
        conversation.createdAt = now;
        conversation.queuedAt = now;
        conversation.customerSeenAt = now;
        return conversation;
    }

    /** A customer from the widget joins an open queue with the token that will be their only key. */
    public static Conversation customerJoins(Queue queue, CustomerDetails customer, String token, String startKey,
                                             int positionAtJoin, Instant now) {
        if (!queue.isOpen()) {
            throw new Conflict(null, "routing.queueClosed", queue.getName());
        }
        var conversation = waitingIn(queue, now);
        conversation.customerToken = token;
        conversation.startKey = startKey;
        conversation.customerName = customer.name();
        conversation.customerLanguage = customer.language();
        conversation.customerBrowser = customer.browser();
        conversation.customerPage = customer.page();
        conversation.customerReferrer = customer.referrer();
        conversation.customerPhone = customer.phone();
        conversation.customerEmail = customer.email();
        conversation.positionAtJoin = positionAtJoin;
        return conversation;
    }

    /**
     * The waiting customer becomes this agent's. Callers hold this row's lock (and the agent's, see
     * routing), so exactly one agent can get here while the conversation is still waiting.
     */
    public void assignTo(StaffUser newAgent, Instant now) {
        if (status != ConversationStatus.WAITING) {
            throw new Conflict(null, "routing.alreadyTaken");
        }
        this.agent = newAgent;
        this.agentId = newAgent.getId();
        this.status = ConversationStatus.ACTIVE;
        this.assignedAt = now;
        if (firstAssignedAt == null) {
            firstAssignedAt = now;
        }
        withdrawOffer();
    }

    /** Offers the waiting customer to one agent until {@code expiresAt}; one offer at a time. */
    public void offerTo(long agentUserId, Instant expiresAt) {
        if (!isWaiting() || offeredTo != null) {
            throw new Conflict(null, "routing.alreadyTaken");
        }
        this.offeredTo = agentUserId;
        this.offerExpiresAt = expiresAt;
    }

    public boolean isOfferedTo(long agentUserId, Instant now) {
        return isWaiting() && offeredTo != null && offeredTo == agentUserId && offerExpiresAt.isAfter(now);
    }

    /** The offered agent takes the customer; an offer that was withdrawn or ran out is gone. */
    public void acceptOffer(StaffUser offeredAgent, Instant now) {
        if (!isOfferedTo(offeredAgent.getId(), now)) {
            throw new Conflict(null, "routing.offer.gone");
        }
        assignTo(offeredAgent, now);
    }

    /** The customer is no longer offered to anyone; they keep their place (queued_at) in line. */
    public void withdrawOffer() {
        this.offeredTo = null;
        this.offerExpiresAt = null;
    }

    /**
     * Another agent takes over the active conversation, with a word from whoever handed it on.
     * Callers hold the new agent's presence lock and this row's lock, as for an assignment.
     */
    public void transferTo(StaffUser newAgent, String comment, StaffUser by, Instant now) {
        requireActive();
        this.agent = newAgent;
        this.agentId = newAgent.getId();
        this.assignedAt = now;
        noteTransfer(comment, by);
    }

    /**
     * The active conversation waits again, in another queue (or the same), and is routed there like
     * any waiting customer. It keeps its first queuing time, so it does not go behind customers who
     * came after it; the customer is counted as seen now, so the silence rule starts afresh.
     */
    public void returnToQueue(Queue target, String comment, StaffUser by, Instant now) {
        requireActive();
        this.queue = target;
        this.queueId = target.getId();
        this.status = ConversationStatus.WAITING;
        this.agent = null;
        this.agentId = null;
        this.assignedAt = null;
        this.customerSeenAt = now;
        withdrawOffer();
        noteTransfer(comment, by);
    }

    private void noteTransfer(String comment, StaffUser by) {
        this.transferComment = comment;
        this.transferredBy = by;
    }

    private void requireActive() {
        if (status != ConversationStatus.ACTIVE) {
            throw new Conflict(null, "handover.notActive");
        }
    }

    public boolean isEnded() {
        return status == ConversationStatus.ENDED;
    }

    public boolean isActive() {
        return status == ConversationStatus.ACTIVE;
    }

    public boolean isOwnedBy(long userId) {
        return isActive() && agentId != null && agentId == userId;
    }

    /** The customer is still there (their widget asked for news). */
    public void end(EndReason reason, Instant now) {
        if (status == ConversationStatus.ENDED) {
            return;
        }
        this.status = ConversationStatus.ENDED;
        this.endReason = reason;
        this.endedAt = now;
    }

    public boolean isWaiting() {
        return status == ConversationStatus.WAITING;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Queue getQueue() {
        return queue;
    }

    public long getQueueId() {
        return queueId;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public StaffUser getAgent() {
        return agent;
    }

    public Long getAgentId() {
        return agentId;
    }

    public String getCustomerToken() {
        return customerToken;
    }

    public String getCustomerName() {
        return customerName;
    }

    public String getCustomerLanguage() {
        return customerLanguage;
    }

    public String getCustomerBrowser() {
        return customerBrowser;
    }

    public String getCustomerPage() {
        return customerPage;
    }

    public String getCustomerReferrer() {
        return customerReferrer;
    }

    public String getCustomerPhone() {
        return customerPhone;
    }

    public String getCustomerEmail() {
        return customerEmail;
    }

    public Long getContactId() {
        return contactId;
    }

    /** The card an agent chose for this customer, or none; the caller checked it is this organisation's. */
    public void linkContact(Long contactId) {
        this.contactId = contactId;
    }

    public String getChannel() {
        return channel;
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Integer getPositionAtJoin() {
        return positionAtJoin;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public Long getOfferedTo() {
        return offeredTo;
    }

    public Instant getOfferExpiresAt() {
        return offerExpiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTransferComment() {
        return transferComment;
    }

    public StaffUser getTransferredBy() {
        return transferredBy;
    }
}
