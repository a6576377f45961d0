package io.tiski.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/**
 * A normalised value a card is looked up by: a phone in E.164 or an e-mail in lower case. Kept in
 * contact_keys, whose index (organisation_id, kind, value) makes a lookup one seek (see V21); also
 * the names the admin list searches by (kind {@link #NAME}).
 */
@Embeddable
public class ContactKey {

    public static final String PHONE = "PHONE";
    public static final String EMAIL = "EMAIL";
    /**
     * A first name, last name, "first last" or organisation in lower case: what the admin list's
     * search matches the start of, with the same index as a lookup (see V24). Lookup never reads these.
     */
    public static final String NAME = "NAME";

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(nullable = false, length = 5)
    private String kind;

    // Not "value": a reserved word in H2.
    @Column(name = "key_value", nullable = false, length = 254)
    private String value;

    protected ContactKey() {
    }

    ContactKey(long organisationId, String kind, String value) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.value = value;
    }

    /**
     * E-mail addresses compare without case: the local part is case-sensitive by the letter of RFC
     * 5321, but no mail system in use treats it so, and customers type their address as they like.
     */
    public static String emailKey(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** Names compare without case, as the search box does. */
    public static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
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
