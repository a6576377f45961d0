package io.tiski.contact.entity;

import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.Forbidden;
import io.tiski.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note staff keep on a contact card. Only its author may change or delete it. */
@Entity
@Table(name = "contact_notes")
public class ContactNote {

    public static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "contact_id", nullable = false, updatable = false)
    private Long contactId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "author_id", nullable = false, updatable = false)
    private StaffUser author;

    @Column(nullable = false, length = MAX_LENGTH)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContactNote() {
    }

    public ContactNote(Contact contact, StaffUser author, String body, Instant now) {
        this.organisationId = contact.getOrganisationId();
        this.contactId = contact.getId();
        this.author = author;
        this.body = validBody(body);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(long byUserId, String newBody, Instant now) {
        requireAuthor(byUserId);
        this.body = validBody(newBody);
        this.updatedAt = now;
    }

    /** Refuses anyone but the author, admins included: a note speaks in its author's name. */
    public void requireAuthor(long userId) {
        if (!author.getId().equals(userId)) {
            throw new Forbidden(null, "contact.note.notYours");
        }
    }

    private static String validBody(String body) {
        String text = body == null ? "" : body.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("body", "contact.note.empty");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("body", "contact.note.tooLong", MAX_LENGTH);
        }
        return text;
    }

    public boolean isOn(long organisationId, long contactId) {
        return this.organisationId == organisationId && this.contactId == contactId;
    }

    public Long getId() {
        return id;
    }

    public StaffUser getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
