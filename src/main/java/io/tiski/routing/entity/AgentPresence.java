package io.tiski.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An agent's availability. Its database row is also the agent's assignment lock: every path that
 * gives the agent a customer locks this row first, so the chat limit is checked and used atomically.
 */
@Entity
@Table(name = "agent_presence")
public class AgentPresence {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Presence presence;

    @Column(name = "in_video_call", nullable = false)
    private boolean inVideoCall;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    protected AgentPresence() {
    }

    public AgentPresence(long userId, long organisationId, Instant now) {
        this.userId = userId;
        this.organisationId = organisationId;
        this.presence = Presence.OFFLINE;
        this.changedAt = now;
    }

    public void change(Presence newPresence, boolean newInVideoCall, Instant now) {
        if (newPresence != presence || newInVideoCall != inVideoCall) {
            this.changedAt = now;
        }
        this.presence = newPresence;
        this.inVideoCall = newInVideoCall;
    }

    /** Online and not in a video call: the only state in which an agent gets customers. */
    public boolean takesChats() {
        return presence == Presence.ONLINE && !inVideoCall;
    }

    public void assigned(Instant now) {
        this.lastAssignedAt = now;
    }

    public long getUserId() {
        return userId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public Presence getPresence() {
        return presence;
    }

    public boolean isInVideoCall() {
        return inVideoCall;
    }
}
