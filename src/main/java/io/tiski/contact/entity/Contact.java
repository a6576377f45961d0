package io.tiski.contact.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * A contact card of an organisation. It keeps its lookup keys in step with its phones and e-mails,
 * so no save can leave a card that lookup does not find. Who may change it is decided by the
 * caller's role and the organisation's settings (see ContactCards); what it may hold, here.
 */
@Entity
@Table(name = "contacts")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "first_name", length = ContactDetails.NAME)
    private String firstName;
    @Column(name = "last_name", length = ContactDetails.NAME)
    private String lastName;
    @Column(name = "working_title", length = ContactDetails.NAME)
    private String workingTitle;
    @Column(name = "organisation_name", length = ContactDetails.ORGANISATION)
    private String organisationName;
    @Column(length = ContactDetails.ORGANISATION)
    private String department;
    @Column(name = "street_name", length = ContactDetails.ORGANISATION)
    private String streetName;
    @Column(name = "street_number", length = ContactDetails.SHORT)
    private String streetNumber;
    @Column(name = "zip_code", length = ContactDetails.SHORT)
    private String zipCode;
    @Column(name = "zip_location", length = ContactDetails.NAME)
    private String zipLocation;
    private String email1;
    @Column(name = "email1_label", length = ContactDetails.LABEL)
    private String email1Label;
    private String email2;
    @Column(name = "email2_label", length = ContactDetails.LABEL)
    private String email2Label;
    private String phone1;
    @Column(name = "phone1_label", length = ContactDetails.LABEL)
    private String phone1Label;
    private String phone2;
    @Column(name = "phone2_label", length = ContactDetails.LABEL)
    private String phone2Label;

    @Column(nullable = false)
    private boolean verified;

    // Optimistic locking: every UPDATE says "where version = what I read", so a save based on an
    // older read changes no row and fails instead of overwriting the other save.
    @Version
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "contact_keys", joinColumns = @JoinColumn(name = "contact_id"))
    private Set<ContactKey> keys = new HashSet<>();

    protected Contact() {
    }

    /** @param details as given by {@link ContactDetails#validated} */
    public Contact(long organisationId, ContactDetails details, boolean verified, Instant now) {
        this.organisationId = organisationId;
        this.verified = verified;
        this.createdAt = now;
        apply(details, now);
    }

    /** @param details as given by {@link ContactDetails#validated} */
    public void change(ContactDetails details, boolean verified, Instant now) {
        this.verified = verified;
        apply(details, now);
    }

    private void apply(ContactDetails d, Instant now) {
        firstName = d.firstName();
        lastName = d.lastName();
        workingTitle = d.workingTitle();
        organisationName = d.organisation();
        department = d.department();
        streetName = d.streetName();
        streetNumber = d.streetNumber();
        zipCode = d.zipCode();
        zipLocation = d.zipLocation();
        email1 = d.email1();
        email1Label = d.email1Label();
        email2 = d.email2();
        email2Label = d.email2Label();
        phone1 = d.phone1();
        phone1Label = d.phone1Label();
        phone2 = d.phone2();
        phone2Label = d.phone2Label();
        updatedAt = now;
        var fresh = ContactKey.keysOf(organisationId, details());
        // Changed in place, not replaced, so the ORM writes only the keys that differ.
        keys.retainAll(fresh);
        keys.addAll(fresh);
    }

    public ContactDetails details() {
        return new ContactDetails(firstName, lastName, workingTitle, organisationName, department, streetName,
                streetNumber, zipCode, zipLocation, email1, email1Label, email2, email2Label, phone1, phone1Label,
                phone2, phone2Label);
    }

    public boolean belongsTo(long organisationId) {
        return this.organisationId == organisationId;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public boolean isVerified() {
        return verified;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
