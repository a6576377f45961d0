package io.tiski.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An agent said no to (or let time out) the offer of a customer: they are skipped for that customer. */
@Entity
@Table(name = "offer_rejections")
@IdClass(OfferRejection.Key.class)
public class OfferRejection {

    /** The composite key: one rejection per conversation and agent. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long conversationId;
        private Long userId;

        public Key() {
        }

        public void set(long conversation, long user) {
            this.conversationId = conversation;
            this.userId = user;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(conversationId, key.conversationId)
                    && Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(conversationId, userId);
        }
    }

    public static Key key(long conversationId, long userId) {
        var key = new Key();
        key.set(conversationId, userId);
        return key;
    }

    @Id
    @Column(name = "conversation_id")
    private Long conversationId;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    @Column(name = "timed_out", nullable = false)
    private boolean timedOut;

    protected OfferRejection() {
    }

    public OfferRejection(long conversationId, long userId, Instant rejectedAt, boolean timedOut) {
        this.conversationId = conversationId;
        this.userId = userId;
        this.rejectedAt = rejectedAt;
        this.timedOut = timedOut;
    }
}
