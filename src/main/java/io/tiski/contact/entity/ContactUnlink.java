package io.tiski.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A card unlinked from a conversation as not this customer's, or found for it and rejected as a match
 * before it was ever linked: the desk leaves it out when it looks the customer up again for that
 * conversation. Ids and a time only; the card itself is untouched.
 */
@Entity
@Table(name = "conversation_contact_unlinks")
public class ContactUnlink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "conversation_id", nullable = false, updatable = false)
    private Long conversationId;

    // Updatable: a merge moves it to the surviving card, as it moves the conversation's link.
    @Column(name = "contact_id", nullable = false)
    private Long contactId;

    @Column(name = "unlinked_by", nullable = false, updatable = false)
    private Long unlinkedBy;

    @Column(name = "unlinked_at", nullable = false, updatable = false)
    private Instant unlinkedAt;

    protected ContactUnlink() {
    }

    public ContactUnlink(long organisationId, long conversationId, long contactId, long unlinkedBy, Instant now) {
        this.organisationId = organisationId;
        this.conversationId = conversationId;
        this.contactId = contactId;
        this.unlinkedBy = unlinkedBy;
        this.unlinkedAt = now;
    }

    public long getContactId() {
        return contactId;
    }
}
