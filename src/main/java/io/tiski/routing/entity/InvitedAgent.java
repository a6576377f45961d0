package io.tiski.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An agent who joined a conversation by invitation, beside its owner. While they have not left and
 * the conversation is active, it counts towards their chat limit like one of their own.
 */
@Entity
@Table(name = "invited_agents")
public class InvitedAgent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    @Column(name = "user_id", nullable = false, updatable = false)
    private Long userId;

    @Column(name = "joined_at", nullable = false)
    private Instant joinedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected InvitedAgent() {
    }

    public InvitedAgent(long conversationId, long userId, Instant now) {
        this.conversationId = conversationId;
        this.userId = userId;
        this.joinedAt = now;
    }

    public boolean isPresent() {
        return leftAt == null;
    }

    /** Back in after leaving earlier: one row per agent and conversation. */
    public void rejoin(Instant now) {
        this.joinedAt = now;
        this.leftAt = null;
    }

    public void leave(Instant now) {
        if (leftAt == null) {
            leftAt = now;
        }
    }

    public long getConversationId() {
        return conversationId;
    }

    public long getUserId() {
        return userId;
    }
}
