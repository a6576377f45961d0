package io.tiski.queue.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.queue.control.OfflineMessages;
import io.tiski.queue.entity.OfflineMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing bean of admin/offline-messages.xhtml: what customers left while queues were closed,
 * newest first, a page at a time, with whether the e-mail to the queue's address went out.
 */
@Named
@ViewScoped
public class OfflineMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mail delivery as the admin needs to know it: sent, still being tried, or given up. */
    public enum MailState { SENT, PENDING, FAILED }

    /** One message as the table shows it; times in UTC, labelled so. */
    public record Row(long id, String receivedAt, String queueName, String customerName, String contact,
                      String message, MailState mailState, int sendAttempts, String lastError) implements Serializable {
    }

    @Inject
    OfflineMessages messages;

    @Inject
    CurrentStaff caller;

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) messages.count(caller.organisationId());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
                    .withZone(ZoneOffset.UTC);
            return messages.page(caller.organisationId(), first, pageSize).stream().map(listed -> {
                var m = listed.message();
                return new Row(m.getId(), format.format(m.getCreatedAt()) + " UTC", listed.queueName(),
                        m.getCustomerName(), m.getContact(), m.getMessage(), mailState(m), m.getSendAttempts(),
                        m.getLastError());
            }).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.id());
        }

        @Override
        public Row getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
        }
    };

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    private static MailState mailState(OfflineMessage message) {
        if (message.getMailedAt() != null) {
            return MailState.SENT;
        }
        return OfflineMessages.gaveUp(message) ? MailState.FAILED : MailState.PENDING;
    }
}
