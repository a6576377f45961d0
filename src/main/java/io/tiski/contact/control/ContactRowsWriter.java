package io.tiski.contact.control;

import io.tiski.contact.control.ContactImport.ValidRow;
import io.tiski.contact.entity.ContactKey;
import io.tiski.platform.UtcInstantConverter;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Writes imported rows as cards with their lookup keys straight through JDBC batches, one slice of
 * rows per transaction: persisting 100,000 entities one by one costs a round trip and an id query
 * per row and per key, a batch one round trip per slice (MariaDB Connector/J sends a batch of
 * INSERTs as one bulk command, {@code useBulkStmtsForInserts}, on by default since 3.2, and still
 * answers every generated id). The keys are those {@link ContactKey#keysOf} gives, as for a card
 * saved through its entity.
 */
@ApplicationScoped
public class ContactRowsWriter {

    private static final String INSERT_CONTACT = "INSERT INTO contacts (organisation_id, first_name, last_name,"
            + " working_title, organisation_name, department, street_name, street_number, zip_code, zip_location,"
            + " email1, email1_label, email2, email2_label, phone1, phone1_label, phone2, phone2_label, verified,"
            + " version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)";
    private static final String INSERT_KEY =
            "INSERT INTO contact_keys (contact_id, organisation_id, kind, key_value) VALUES (?, ?, ?, ?)";

    /** What became of a slice: the rows stored, and those skipped because a card now holds their keys. */
    public record Written(int imported, List<ValidRow> skippedDuplicates) {
    }

    @Resource(lookup = "jdbc/tiski")
    DataSource dataSource;

    /**
     * Stores the slice in a transaction of its own; any failure rolls the whole slice back (the
     * caller then tries its rows one by one to name the row that fails).
     *
     * @param skipCardDuplicates skip rows whose phone or e-mail a card holds by now: the preview's
     *                           answer may be minutes old, and another admin may have added the
     *                           card since. (Without a unique key on contact_keys, a card saved
     *                           between this check and the commit is not seen: shared numbers are
     *                           allowed, so only a check can find a duplicate, never the database.)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Written write(long organisationId, List<ValidRow> slice, boolean skipCardDuplicates, Instant now) {
        try (var connection = dataSource.getConnection()) {
            var rows = slice;
            var skipped = new ArrayList<ValidRow>();
            if (skipCardDuplicates) {
                var keys = slice.stream().flatMap(row -> row.duplicateKeys().stream()).toList();
                var taken = ContactKeyMatches.find(connection, organisationId, keys).keySet();
                rows = new ArrayList<>();
                for (var row : slice) {
                    (row.duplicateKeys().stream().anyMatch(taken::contains) ? skipped : rows).add(row);
                }
            }
            insert(connection, organisationId, rows, now);
            return new Written(rows.size(), skipped);
        } catch (SQLException e) {
            throw new SliceFailed(e);
        }
    }

    private static void insert(Connection connection, long organisationId, List<ValidRow> rows, Instant now)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        var ids = new long[rows.size()];
        try (var insert = connection.prepareStatement(INSERT_CONTACT, Statement.RETURN_GENERATED_KEYS)) {
            var at = UtcInstantConverter.toColumn(now);
            for (var row : rows) {
                var d = row.details();
                int i = 1;
                insert.setLong(i++, organisationId);
                for (String value : new String[] {d.firstName(), d.lastName(), d.workingTitle(), d.organisation(),
                        d.department(), d.streetName(), d.streetNumber(), d.zipCode(), d.zipLocation(), d.email1(),
                        d.email1Label(), d.email2(), d.email2Label(), d.phone1(), d.phone1Label(), d.phone2(),
                        d.phone2Label()}) {
                    insert.setString(i++, value);
                }
                insert.setBoolean(i++, row.verified());
                insert.setObject(i++, at);
                insert.setObject(i, at);
                insert.addBatch();
            }
            insert.executeBatch();
            try (var generated = insert.getGeneratedKeys()) {
                int n = 0;
                while (generated.next() && n < ids.length) {
                    ids[n++] = generated.getLong(1);
                }
                if (n != ids.length) {
                    throw new SQLException("The database answered " + n + " ids for " + ids.length + " new cards");
                }
            }
        }
        try (var insert = connection.prepareStatement(INSERT_KEY)) {
            for (int r = 0; r < rows.size(); r++) {
                for (var key : rows.get(r).keys()) {
                    insert.setLong(1, ids[r]);
                    insert.setLong(2, organisationId);
                    insert.setString(3, key.getKind());
                    insert.setString(4, key.getValue());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** A slice the database refused; unchecked so that its transaction rolls back. */
    public static class SliceFailed extends RuntimeException {
        SliceFailed(SQLException cause) {
            super(cause);
        }
    }
}
