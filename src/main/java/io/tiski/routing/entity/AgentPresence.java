package io.tiski.routing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

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

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "last_assigned_at")
    private Instant lastAssignedAt;

    /** What the agent had chosen when they signed out, given back when they sign in; null otherwise. */
    @Enumerated(EnumType.STRING)
    @Column(name = "presence_before_sign_out", length = 10)
    private Presence presenceBeforeSignOut;

    protected AgentPresence() {
    }

    public AgentPresence(long userId, long organisationId, Instant now) {
        this.userId = userId;
        this.organisationId = organisationId;
        this.presence = Presence.OFFLINE;
        this.changedAt = now;
    }

    public void change(Presence newPresence, Instant now) {
        if (newPresence != presence) {
            this.changedAt = now;
        }
        this.presence = newPresence;
        // A choice made since signing out is the one that counts.
        this.presenceBeforeSignOut = null;
    }

    /**
     * Nobody is at this desk any more: offline, so routing passes them by, and what they had chosen
     * is remembered for their next sign-in. Returns whether they were taking chats.
     */
    public boolean signedOut(Instant now) {
        if (presence == Presence.OFFLINE) {
            return false;
        }
        boolean wasTakingChats = takesChats();
        Presence chosen = presence;
        change(Presence.OFFLINE, now);
        this.presenceBeforeSignOut = chosen;
        return wasTakingChats;
    }

    /**
     * Back at the desk: the presence they had when they signed out (an agent who may no longer
     * take chats comes back away instead of online). Returns the presence if it changed.
     */
    public Optional<Presence> signedIn(boolean mayTakeChats, Instant now) {
        if (presenceBeforeSignOut == null) {
            return Optional.empty();
        }
        Presence chosen = presenceBeforeSignOut == Presence.ONLINE && !mayTakeChats ? Presence.AWAY : presenceBeforeSignOut;
        change(chosen, now);
        return Optional.of(chosen);
    }

    /** Online: the only state in which an agent gets customers. */
    public boolean takesChats() {
        return presence == Presence.ONLINE;
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

}
