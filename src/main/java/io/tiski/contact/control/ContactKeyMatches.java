package io.tiski.contact.control;

import io.tiski.contact.entity.ContactKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of the organisation's cards already hold some of many keys, asked in slices of
 * {@value #SLICE} with {@code IN (...)} so each slice is one walk of the contact_keys index
 * (organisation_id, kind, key_value) rather than one query per key.
 */
final class ContactKeyMatches {

    static final int SLICE = 1000;

    /** The card a key belongs to: its id and name as the preview shows it. */
    record Match(long contactId, String name) {
    }

    private ContactKeyMatches() {
    }

    /** The card (the oldest, if several) holding each of {@code keys} that any card holds. */
    static Map<ContactKey, Match> find(Connection connection, long organisationId, Collection<ContactKey> keys)
            throws SQLException {
        var found = new HashMap<ContactKey, Match>();
        for (String kind : List.of(ContactKey.PHONE, ContactKey.EMAIL)) {
            var values = keys.stream().filter(k -> k.getKind().equals(kind)).map(ContactKey::getValue).distinct().toList();
            for (int from = 0; from < values.size(); from += SLICE) {
                var slice = values.subList(from, Math.min(values.size(), from + SLICE));
                String sql = "SELECT k.key_value, c.id, c.first_name, c.last_name FROM contact_keys k"
                        + " JOIN contacts c ON c.id = k.contact_id"
                        + " WHERE k.organisation_id = ? AND k.kind = ? AND k.key_value IN ("
                        + String.join(",", Collections.nCopies(slice.size(), "?")) + ") ORDER BY c.id";
                try (var query = connection.prepareStatement(sql)) {
                    query.setLong(1, organisationId);
                    query.setString(2, kind);
                    for (int i = 0; i < slice.size(); i++) {
                        query.setString(3 + i, slice.get(i));
                    }
                    try (var result = query.executeQuery()) {
                        while (result.next()) {
                            found.putIfAbsent(new ContactKey(organisationId, kind, result.getString(1)),
                                    new Match(result.getLong(2), name(result.getString(3), result.getString(4))));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static String name(String first, String last) {
        var parts = new ArrayList<String>();
        if (first != null) {
            parts.add(first);
        }
        if (last != null) {
            parts.add(last);
        }
        return String.join(" ", parts);
    }
}
