package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactImport;
import io.tiski.platform.UiText;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The preview of a waiting CSV import. {@code rows} counts the file's data rows, {@code valid} the
 * rows that may be stored ({@code duplicates} of them repeat a card or an earlier row),
 * {@code invalid} those that will not be. {@code errors} and {@code duplicateRows} list the first
 * {@value #LISTED} of each, row numbers as a spreadsheet shows them (the header is row 1).
 */
public record ContactImportJson(String id, int rows, int valid, int invalid, int duplicates,
                                List<String> unknownColumns, List<RowErrorJson> errors,
                                List<DuplicateJson> duplicateRows, Instant expiresAt) {

    static final int LISTED = 1000;

    /** A field of a row that breaks a rule; {@code field} is absent when the row as a whole failed. */
    public record RowErrorJson(int row, String field, String message) {
        static List<RowErrorJson> of(List<ContactImport.RowError> errors, Locale locale) {
            return errors.stream().limit(LISTED)
                    .map(e -> new RowErrorJson(e.row(), e.field(), UiText.of(locale, e.failure()))).toList();
        }
    }

    /** A row that repeats the card {@code matchesContactId} or the earlier row {@code matchesRow}, or both. */
    public record DuplicateJson(int row, Long matchesContactId, String matchesName, Integer matchesRow) {
    }

    static ContactImportJson of(ContactImport staged, Locale locale) {
        var duplicates = staged.duplicates();
        return new ContactImportJson(staged.id(), staged.rows(), staged.valid().size(), staged.invalid(),
                duplicates.size(), staged.unknownColumns(), RowErrorJson.of(staged.errors(), locale),
                duplicates.stream().limit(LISTED).map(d -> new DuplicateJson(d.row(), d.matchesContactId(),
                        d.matchesName(), d.matchesRow())).toList(), staged.expiresAt());
    }
}
