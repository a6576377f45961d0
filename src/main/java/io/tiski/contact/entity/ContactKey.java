package io.tiski.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A normalised value a card is looked up by: a phone in E.164 or an e-mail in lower case. Kept in
 * contact_keys, whose index (organisation_id, kind, value) makes a lookup one seek (see V21).
 */
@Embeddable
public class ContactKey {

    public static final String PHONE = "PHONE";
    public static final String EMAIL = "EMAIL";

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 5)
    private String kind;

    // Not "value": a reserved word in H2.
    @Column(name = "key_value", nullable = false, length = 254)
    private String value;

    protected ContactKey() {
    }

    public ContactKey(long organisationId, String kind, String value) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.value = value;
    }

    /**
     * The keys a card with these details is found by. The one place that decides them, for a card
     * saved through its entity and for rows a CSV import writes straight through JDBC alike.
     *
     * @param valid as given by {@link ContactDetails#validated}: phones already in E.164
     */
    public static Set<ContactKey> keysOf(long organisationId, ContactDetails valid) {
        var keys = new LinkedHashSet<ContactKey>();
        for (String phone : new String[] {valid.phone1(), valid.phone2()}) {
            if (phone != null) {
                keys.add(new ContactKey(organisationId, PHONE, phone));
            }
        }
        for (String email : new String[] {valid.email1(), valid.email2()}) {
            if (email != null) {
                keys.add(new ContactKey(organisationId, EMAIL, emailKey(email)));
            }
        }
        return keys;
    }

    /**
     * E-mail addresses compare without case: the local part is case-sensitive by the letter of RFC
     * 5321, but no mail system in use treats it so, and customers type their address as they like.
     */
    public static String emailKey(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    public String getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ContactKey key && Objects.equals(organisationId, key.organisationId)
                && Objects.equals(kind, key.kind) && Objects.equals(value, key.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, kind, value);
    }
}
