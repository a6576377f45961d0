package io.tiski.routing.entity;

import io.tiski.conversation.entity.Conversation;
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
import java.time.Instant;

/**
 * A request to hand a conversation to another agent: a transfer (they take it over) or an
 * invitation (they join it). The target is one agent, or any handler of a queue. Its state changes
 * only under the conversation's row lock (see routing), so one conversation has one pending at most.
 */
@Entity
@Table(name = "handovers")
public class Handover {

    public static final int MAX_COMMENT_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "conversation_id", nullable = false, updatable = false)
    private Conversation conversation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private HandoverKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_agent_id", updatable = false)
    private StaffUser targetAgent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_queue_id", updatable = false)
    private Queue targetQueue;

    @Column(length = MAX_COMMENT_LENGTH, updatable = false)
    private String comment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "requested_by", nullable = false, updatable = false)
    private StaffUser requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "expires_at", updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private HandoverStatus status;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    protected Handover() {
    }

    /** Asks one agent, or any handler of a queue (exactly one of the two), until {@code expiresAt}. */
    public static Handover pending(HandoverKind kind, Conversation conversation, StaffUser targetAgent,
                                   Queue targetQueue, String comment, StaffUser requestedBy, Instant now,
                                   Instant expiresAt) {
        var handover = new Handover();
        handover.organisationId = conversation.getOrganisationId();
        handover.conversation = conversation;
        handover.kind = kind;
        handover.targetAgent = targetAgent;
        handover.targetQueue = targetQueue;
        handover.comment = comment;
        handover.requestedBy = requestedBy;
        handover.requestedAt = now;
        handover.expiresAt = expiresAt;
        handover.status = HandoverStatus.PENDING;
        return handover;
    }

    /** A transfer to a queue, which needs nobody's answer: recorded as done. */
    public static Handover transferredToQueue(Conversation conversation, Queue targetQueue, String comment,
                                              StaffUser requestedBy, Instant now) {
        var handover = pending(HandoverKind.TRANSFER, conversation, null, targetQueue, comment, requestedBy, now, null);
        handover.status = HandoverStatus.COMPLETED;
        handover.answeredAt = now;
        return handover;
    }

    /** Open for an answer: pending and not yet run out. */
    public boolean isOpen(Instant now) {
        return status == HandoverStatus.PENDING && expiresAt.isAfter(now);
    }

    /** Whether this agent is the one asked, or a handler of the queue asked. */
    public boolean isAddressedTo(StaffUser agent) {
        return targetAgent != null ? targetAgent.getId().equals(agent.getId())
                : targetQueue.isHandledBy(agent.getId());
    }

    public void accept(long agentId, Instant now) {
        answer(HandoverStatus.ACCEPTED, agentId, now);
    }

    public void decline(long agentId, Instant now) {
        answer(HandoverStatus.DECLINED, agentId, now);
    }

    public void cancel(long byUserId, Instant now) {
        answer(HandoverStatus.CANCELLED, byUserId, now);
    }

    /** Ran out; a no-op for one that was answered meanwhile. */
    public void expire(Instant now) {
        if (status == HandoverStatus.PENDING && !expiresAt.isAfter(now)) {
            status = HandoverStatus.EXPIRED;
            answeredAt = now;
        }
    }

    /** The conversation ended while this was open: nobody can answer it any more. */
    public void withdraw(Instant now) {
        if (status == HandoverStatus.PENDING) {
            status = HandoverStatus.CANCELLED;
            answeredAt = now;
        }
    }

    private void answer(HandoverStatus answer, long byUserId, Instant now) {
        if (!isOpen(now)) {
            throw new Conflict(null, "handover.gone");
        }
        this.status = answer;
        this.answeredBy = byUserId;
        this.answeredAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Conversation getConversation() {
        return conversation;
    }

    public HandoverKind getKind() {
        return kind;
    }

    public StaffUser getTargetAgent() {
        return targetAgent;
    }

    public Queue getTargetQueue() {
        return targetQueue;
    }

    public String getComment() {
        return comment;
    }

    public StaffUser getRequestedBy() {
        return requestedBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public HandoverStatus getStatus() {
        return status;
    }
}
