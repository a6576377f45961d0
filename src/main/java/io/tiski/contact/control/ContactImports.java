package io.tiski.contact.control;

import io.tiski.contact.control.ContactImport.RowError;
import io.tiski.contact.control.ContactImport.ValidRow;
import io.tiski.contact.entity.ContactDetails;
import io.tiski.contact.entity.ContactKey;
import io.tiski.organisation.control.Organisations;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.ApplicationFailure;
import io.tiski.platform.Forbidden;
import io.tiski.platform.InvalidFields;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.NotFound;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Importing contact cards from a CSV file in two steps: {@link #stage} reads and checks the file
 * and keeps it waiting, writing nothing; {@link #confirm} stores its valid rows. An import waits in
 * this server's memory for {@link #WAITING} (a file of 100,000 rows takes some tens of megabytes)
 * and belongs to the admin who uploaded it, one per admin (a new upload replaces it): with several
 * servers the confirm must reach the same one, as a sticky session does. Nothing written before
 * the confirm means nothing to clean up after an import that is never confirmed.
 */
@ApplicationScoped
public class ContactImports {

    public static final Duration WAITING = Duration.ofMinutes(30);

    /** Rows stored per transaction: big enough for fast batches, small enough for short locks. */
    static final int SLICE = 1000;

    /** How the confirm treats rows that repeat a card or an earlier row. */
    public enum Duplicates { SKIP, IMPORT }

    /**
     * What the confirm did: rows stored, rows left out, and rows the database refused (each tried
     * alone after its slice failed), so no row is lost without a word.
     */
    public record Outcome(int imported, int skippedInvalid, int skippedDuplicates, List<RowError> failed) {
    }

    private final Map<String, ContactImport> waiting = new ConcurrentHashMap<>();

    @Inject
    Organisations organisations;

    @Inject
    ContactRowsWriter writer;

    @Inject
    Clock clock;

    @Resource(lookup = "jdbc/tiski")
    DataSource dataSource;

    /** Reads and checks the file and keeps it for {@link #confirm}; admins only. */
    public ContactImport stage(StaffUser caller, InputStream csv) {
        requireAdmin(caller);
        forgetExpired();
        String country = organisations.find(caller.getOrganisationId()).getDefaultCountry();
        var checked = new ArrayList<ValidRow>();
        var errors = new ArrayList<RowError>();
        int[] counts = new int[2];
        var unknown = ContactCsv.read(csv, row -> {
            counts[0]++;
            var rowErrors = check(row, country, caller.getOrganisationId(), checked);
            if (!rowErrors.isEmpty()) {
                counts[1]++;
                errors.addAll(rowErrors);
            }
        });
        var valid = withDuplicates(caller.getOrganisationId(), checked);
        var staged = new ContactImport(UUID.randomUUID().toString(), caller.getOrganisationId(), caller.getId(),
                clock.instant().plus(WAITING), counts[0], List.copyOf(valid), counts[1], List.copyOf(errors),
                List.copyOf(unknown));
        // One waiting import per admin: a new upload replaces the last, which bounds the memory held.
        waiting.values().removeIf(other -> other.isOf(staged.organisationId(), staged.staffId()));
        waiting.put(staged.id(), staged);
        return staged;
    }

    /** The caller's waiting import; another admin's, an expired or a confirmed one is not found. */
    public ContactImport find(StaffUser caller, String id) {
        requireAdmin(caller);
        forgetExpired();
        var staged = id == null ? null : waiting.get(id);
        if (staged == null || !staged.isOf(caller.getOrganisationId(), caller.getId())) {
            throw new NotFound("contact.import.notFound");
        }
        return staged;
    }

    /**
     * Stores the valid rows, without or with the duplicates. The import is taken out of waiting
     * first (an atomic remove), so of two confirms at once only one imports and the other is told
     * the import is gone.
     */
    public Outcome confirm(StaffUser caller, String id, Duplicates duplicates) {
        var staged = find(caller, id);
        if (!waiting.remove(id, staged)) {
            throw new NotFound("contact.import.notFound");
        }
        boolean skip = duplicates != Duplicates.IMPORT;
        var rows = skip ? staged.valid().stream().filter(r -> !r.duplicate()).toList() : staged.valid();
        int imported = 0;
        int skippedDuplicates = staged.valid().size() - rows.size();
        var failed = new ArrayList<RowError>();
        for (int from = 0; from < rows.size(); from += SLICE) {
            var slice = rows.subList(from, Math.min(rows.size(), from + SLICE));
            try {
                var written = writer.write(staged.organisationId(), slice, skip, clock.instant());
                imported += written.imported();
                skippedDuplicates += written.skippedDuplicates().size();
            } catch (RuntimeException e) {
                // A slice refused by the database, also only at its commit (then not a SliceFailed but the
                // transaction's own failure): tried again row by row, the good rows stored, the bad one named.
                for (var row : slice) {
                    try {
                        var written = writer.write(staged.organisationId(), List.of(row), skip, clock.instant());
                        imported += written.imported();
                        skippedDuplicates += written.skippedDuplicates().size();
                    } catch (RuntimeException rowFailure) {
                        failed.add(new RowError(row.row(), null, new InvalidInput(null, "contact.import.rowFailed")));
                    }
                }
            }
        }
        return new Outcome(imported, staged.invalid(), skippedDuplicates, List.copyOf(failed));
    }

    public void cancel(StaffUser caller, String id) {
        waiting.remove(find(caller, id).id());
    }

    /** The row's errors; none when it is valid, and then it is added to {@code valid}. */
    private static List<RowError> check(ContactCsv.Row row, String country, long organisationId,
                                        List<ValidRow> valid) {
        var errors = new ArrayList<RowError>();
        Boolean verified = verified(row.get("verified"));
        if (verified == null) {
            errors.add(new RowError(row.number(), "verified",
                    new InvalidInput("verified", "contact.import.verified.invalid", row.get("verified").strip())));
        }
        ContactDetails details = null;
        try {
            details = new ContactDetails(row.get("firstName"), row.get("lastName"), row.get("workingTitle"),
                    row.get("organisation"), row.get("department"), row.get("streetName"), row.get("streetNumber"),
                    row.get("zipCode"), row.get("zipLocation"), row.get("email1"), row.get("email1Label"),
                    row.get("email2"), row.get("email2Label"), row.get("phone1"), row.get("phone1Label"),
                    row.get("phone2"), row.get("phone2Label")).validated(country);
        } catch (ApplicationFailure failure) {
            for (var each : InvalidFields.each(failure)) {
                errors.add(new RowError(row.number(), each.field(), each));
            }
        }
        if (errors.isEmpty()) {
            valid.add(new ValidRow(row.number(), details, verified, ContactKey.keysOf(organisationId, details),
                    null, null, null));
        }
        return errors;
    }

    /** Blank is false; true/false, yes/no, 1/0 in any case; anything else null. */
    private static Boolean verified(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "false", "no", "0" -> Boolean.FALSE;
            case "true", "yes", "1" -> Boolean.TRUE;
            default -> null;
        };
    }

    /** The rows again, each marked with the card or earlier row it repeats, if any. */
    private List<ValidRow> withDuplicates(long organisationId, List<ValidRow> rows) {
        var allKeys = new LinkedHashSet<ContactKey>();
        rows.forEach(row -> allKeys.addAll(row.duplicateKeys()));
        Map<ContactKey, ContactKeyMatches.Match> cards;
        try (var connection = dataSource.getConnection()) {
            cards = ContactKeyMatches.find(connection, organisationId, allKeys);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for duplicate contacts", e);
        }
        var firstRow = new HashMap<ContactKey, Integer>();
        var marked = new ArrayList<ValidRow>(rows.size());
        for (var row : rows) {
            ContactKeyMatches.Match card = null;
            Integer earlier = null;
            for (var key : row.duplicateKeys()) {
                card = card == null ? cards.get(key) : card;
                earlier = earlier == null ? firstRow.get(key) : earlier;
                firstRow.putIfAbsent(key, row.row());
            }
            marked.add(card == null && earlier == null ? row : new ValidRow(row.row(), row.details(), row.verified(),
                    row.keys(), card == null ? null : card.contactId(), card == null ? null : card.name(), earlier));
        }
        return marked;
    }

    private void forgetExpired() {
        var now = clock.instant();
        waiting.values().removeIf(staged -> staged.expiresAt().isBefore(now));
    }

    private static void requireAdmin(StaffUser caller) {
        if (!caller.hasRole(Role.ADMIN)) {
            throw new Forbidden(null, "contact.import.adminOnly");
        }
    }
}
