package io.tiski.contact.boundary;

import io.tiski.contact.control.ContactImport;
import io.tiski.contact.control.ContactImports;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.ApplicationFailure;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.UiText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Backing bean of admin/contact-import.xhtml: upload a CSV file, look at its preview (counts, bad
 * rows, duplicates), then confirm it, skipping or importing the duplicates, or cancel it. The
 * import itself waits in {@link ContactImports}; this bean keeps its id and what the page shows.
 */
@Named
@ViewScoped
public class ContactImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The preview as the page shows it. */
    public record Preview(String id, int rows, int valid, int invalid, int duplicates, String unknownColumns,
                          List<ErrorRow> errors, List<DuplicateRow> duplicateRows) implements Serializable {
    }

    public record ErrorRow(int row, String field, String message) implements Serializable {
    }

    public record DuplicateRow(int row, Long matchesContactId, String matchesName, Integer matchesRow)
            implements Serializable {
    }

    @Inject
    ContactImports imports;

    @Inject
    CurrentStaff caller;

    private transient Part file;
    private Preview preview;
    private String duplicates = ContactImports.Duplicates.SKIP.name();
    private List<ErrorRow> failed = List.of();

    public void upload() {
        failed = List.of();
        if (file == null || file.getSize() == 0) {
            throw new InvalidInput("file", "contact.import.noFile");
        }
        preview = null;
        try (var content = file.getInputStream()) {
            preview = preview(imports.stage(caller.user(), content));
            duplicates = ContactImports.Duplicates.SKIP.name();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void confirm() {
        if (preview == null) {
            return;
        }
        try {
            var outcome = imports.confirm(caller.user(), preview.id(),
                    ContactImports.Duplicates.valueOf(duplicates));
            failed = ContactImportJson.RowErrorJson.of(outcome.failed(), locale()).stream()
                    .map(e -> new ErrorRow(e.row(), e.field(), e.message())).toList();
            FacesFailures.info("contactImport.done", outcome.imported(), outcome.skippedInvalid(),
                    outcome.skippedDuplicates(), outcome.failed().size());
        } finally {
            preview = null;
        }
    }

    public void cancel() {
        if (preview != null) {
            try {
                imports.cancel(caller.user(), preview.id());
            } catch (ApplicationFailure gone) {
                // Already expired: cancelling it is done all the same.
            }
            FacesFailures.info("contactImport.cancelled");
        }
        preview = null;
        failed = List.of();
    }

    private Preview preview(ContactImport staged) {
        var json = ContactImportJson.of(staged, locale());
        return new Preview(json.id(), json.rows(), json.valid(), json.invalid(), json.duplicates(),
                String.join(", ", json.unknownColumns()),
                json.errors().stream().map(e -> new ErrorRow(e.row(), e.field(), e.message())).toList(),
                json.duplicateRows().stream().map(d -> new DuplicateRow(d.row(), d.matchesContactId(),
                        d.matchesName(), d.matchesRow())).toList());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** "Row 3" or "Contact 17 (Anna Virtanen)" or both: what a duplicate repeats, in words. */
    public String matchOf(DuplicateRow row) {
        var locale = locale();
        String card = row.matchesContactId() == null ? null
                : UiText.get(locale, "contactImport.matchesCard", String.valueOf(row.matchesContactId()), row.matchesName());
        String earlier = row.matchesRow() == null ? null
                : UiText.get(locale, "contactImport.matchesRow", String.valueOf(row.matchesRow()));
        return card == null ? earlier : earlier == null ? card : card + " · " + earlier;
    }

    /** How many rows the Import button stores with the duplicate rule chosen now. */
    public int getToImport() {
        if (preview == null) {
            return 0;
        }
        return ContactImports.Duplicates.IMPORT.name().equals(duplicates) ? preview.valid()
                : preview.valid() - preview.duplicates();
    }

    /** A contact field as the contact form names it ("Phone 1"), not as the file's column does. */
    public String fieldName(String field) {
        var bundle = ResourceBundle.getBundle(UiText.BUNDLE, locale());
        return field != null && bundle.containsKey("contacts.field." + field)
                ? bundle.getString("contacts.field." + field) : field;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Preview getPreview() {
        return preview;
    }

    public String getDuplicates() {
        return duplicates;
    }

    public void setDuplicates(String duplicates) {
        this.duplicates = duplicates;
    }

    public List<ErrorRow> getFailed() {
        return failed;
    }

    public int getListed() {
        return ContactImportJson.LISTED;
    }
}
