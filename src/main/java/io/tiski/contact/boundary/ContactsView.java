package io.tiski.contact.boundary;

import io.tiski.audit.control.AuditTrail;
import io.tiski.contact.control.ContactCards;
import io.tiski.contact.control.ContactErasure;
import io.tiski.contact.control.ContactOrder;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.UiText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backing bean of admin/contacts.xhtml: the organisation's cards a page at a time, sorted and
 * searched in the database (see {@link ContactCards#search}), erasing a card, and the audit trail
 * of erasures. Adding, editing and merging have beans of their own (ContactEditView,
 * ContactMergeView), as do the settings (ContactSettingsView).
 */
@Named
@ViewScoped
public class ContactsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** An audit entry as the table shows it: the admin by name, the erased card by its id only. */
    public record AuditRow(String at, String actor, String action, long subjectId) implements Serializable {
    }

    @Inject
    ContactCards cards;

    @Inject
    ContactErasure erasure;

    @Inject
    AuditTrail audit;

    @Inject
    StaffDirectory staff;

    @Inject
    CurrentStaff caller;

    private String search;
    private List<ContactRow> selected = new ArrayList<>();
    private ContactRow erasing;
    private List<AuditRow> auditRows;

    private final LazyDataModel<ContactRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, cards.count(caller.organisationId(), search));
        }

        @Override
        public List<ContactRow> load(int first, int pageSize, Map<String, SortMeta> sort,
                                     Map<String, FilterMeta> filters) {
            var by = sort.values().stream().findFirst();
            var order = by.flatMap(meta -> ContactOrder.byField(meta.getField())).orElse(ContactOrder.LAST_NAME);
            boolean descending = by.map(meta -> meta.getOrder() == SortOrder.DESCENDING).orElse(false);
            Locale locale = locale();
            return cards.search(caller.organisationId(), search, order, descending, first, pageSize).stream()
                    .map(contact -> ContactRow.of(contact, locale)).toList();
        }

        @Override
        public String getRowKey(ContactRow row) {
            return Long.toString(row.id());
        }

        @Override
        public ContactRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    };

    /** The search box: back to the first page of what matches. */
    public void find() {
        selected = new ArrayList<>();
        var table = (DataTable) FacesContext.getCurrentInstance().getViewRoot().findComponent(":contactsForm:contacts");
        if (table != null) {
            table.setFirst(0);
        }
    }

    public void askErase(ContactRow row) {
        erasing = row;
    }

    public void erase() {
        if (erasing != null) {
            var row = erasing;
            try {
                erasure.erase(caller.user(), row.id());
                FacesFailures.info("contacts.erased", row.name());
            } finally {
                selected.removeIf(each -> each.id() == row.id());
                erasing = null;
                auditRows = null;
            }
        }
    }

    /** The newest entries of the organisation's audit trail, read once per view and after an erasure. */
    public List<AuditRow> getAudit() {
        if (auditRows == null) {
            auditRows = loadAudit();
        }
        return auditRows;
    }

    private List<AuditRow> loadAudit() {
        long org = caller.organisationId();
        Locale locale = locale();
        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneOffset.UTC);
        return audit.recent(org).stream().map(entry -> new AuditRow(format.format(entry.getOccurredAt()) + " UTC",
                staff.find(org, entry.getActorId()).getDisplayName(),
                UiText.get(locale, "contacts.audit.action." + entry.getAction()),
                entry.getSubjectId())).toList();
    }

    static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LazyDataModel<ContactRow> getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<ContactRow> getSelected() {
        return selected;
    }

    public void setSelected(List<ContactRow> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public ContactRow getErasing() {
        return erasing;
    }
}
