package io.tiski.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One accountable act: who (a staff id), what, to which row, when. Deliberately no field for a
 * name or a text: the row must outlive an erasure without keeping the erased person.
 */
@Entity
@Table(name = "audit_entries")
public class AuditEntry {

    /** A contact card erased with its keys and notes (subject: the card's id). */
    public static final String CONTACT_ERASED = "CONTACT_ERASED";

    /** A contact card unlinked from a conversation as not its customer's (subject: the card's id). */
    public static final String CONTACT_UNLINKED = "CONTACT_UNLINKED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "actor_id", nullable = false, updatable = false)
    private Long actorId;

    @Column(nullable = false, updatable = false, length = 40)
    private String action;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private Long subjectId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    protected AuditEntry() {
    }

    public AuditEntry(long organisationId, long actorId, String action, long subjectId, Instant occurredAt) {
        this.organisationId = organisationId;
        this.actorId = actorId;
        this.action = action;
        this.subjectId = subjectId;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    public long getActorId() {
        return actorId;
    }

    public String getAction() {
        return action;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
