package io.tiski.contact.control;

import io.tiski.contact.entity.ContactDetails;
import io.tiski.contact.entity.ContactKey;
import io.tiski.platform.ApplicationFailure;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A CSV file read and checked, waiting for its admin to confirm it: the valid rows as they will be
 * stored, the bad ones' errors, and which rows repeat a card or an earlier row. Nothing of it is in
 * the database. Immutable, so the preview can be shown while another request confirms it.
 *
 * @param rows          the number of data rows read (blank lines not counted)
 * @param valid         the rows that passed validation, duplicates among them, in file order
 * @param errors        every error of every bad row, in file order
 * @param unknownColumns header names that are no contact field (their values were not read)
 */
public record ContactImport(String id, long organisationId, long staffId, Instant expiresAt, int rows,
                            List<ValidRow> valid, int invalid, List<RowError> errors,
                            List<String> unknownColumns) {

    /**
     * A row that may be stored. It repeats an existing card ({@code matchesContactId}) or an earlier
     * row of the file ({@code matchesRow}) when one of its phones or e-mails is theirs.
     */
    public record ValidRow(int row, ContactDetails details, boolean verified, Set<ContactKey> keys,
                           Long matchesContactId, String matchesName, Integer matchesRow) {

        public boolean duplicate() {
            return matchesContactId != null || matchesRow != null;
        }

        /** The keys that make a duplicate: phones and e-mails; names are shared by different people. */
        public List<ContactKey> duplicateKeys() {
            return keys.stream().filter(k -> !k.getKind().equals(ContactKey.NAME)).toList();
        }
    }

    /** What is wrong with a field of a row; the failure carries the message key and its arguments. */
    public record RowError(int row, String field, ApplicationFailure failure) {
    }

    public List<ValidRow> duplicates() {
        return valid.stream().filter(ValidRow::duplicate).toList();
    }

    public boolean isOf(long organisationId, long staffId) {
        return this.organisationId == organisationId && this.staffId == staffId;
    }
}
