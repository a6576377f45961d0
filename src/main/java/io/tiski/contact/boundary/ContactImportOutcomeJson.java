package io.tiski.contact.boundary;

import io.tiski.contact.boundary.ContactImportJson.RowErrorJson;
import io.tiski.contact.control.ContactImports;
import java.util.List;
import java.util.Locale;

/** What a confirmed import did; {@code failed}: rows the database refused, each named. */
public record ContactImportOutcomeJson(int imported, int skippedInvalid, int skippedDuplicates,
                                       List<RowErrorJson> failed) {

    static ContactImportOutcomeJson of(ContactImports.Outcome outcome, Locale locale) {
        return new ContactImportOutcomeJson(outcome.imported(), outcome.skippedInvalid(), outcome.skippedDuplicates(),
                RowErrorJson.of(outcome.failed(), locale));
    }
}
