package io.tiski.contact.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

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

    private static final Collator SAME_LETTERS = sameLetters();

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
        addNameKeys(organisationId, valid, keys);
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
     * The search keys: names that differ only in accents or case are one key, because MariaDB's
     * collation sees them as equal and the key is unique per card.
     */
    private static void addNameKeys(long organisationId, ContactDetails valid, Set<ContactKey> keys) {
        String first = valid.firstName();
        String last = valid.lastName();
        var names = new ArrayList<String>();
        for (String name : new String[] {first, last, first != null && last != null ? first + " " + last : null,
                valid.organisation()}) {
            if (name != null && names.stream().noneMatch(known -> SAME_LETTERS.equals(known, name))) {
                names.add(name);
                keys.add(new ContactKey(organisationId, NAME, nameKey(name)));
            }
        }
    }

    private static Collator sameLetters() {
        var collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.PRIMARY);
        return collator;
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
