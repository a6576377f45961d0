package io.tiski.queue.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.UiText;
import io.tiski.queue.control.OfflineMessageFilter;
import io.tiski.queue.control.OfflineMessages;
import io.tiski.queue.control.Queues;
import io.tiski.queue.entity.OfflineMessage;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backing bean of admin/offline-messages.xhtml: what customers left while queues were closed,
 * newest first, a page at a time, found by words, queue and state; whether the e-mail to the
 * queue's address went out, and if not, why; who marked a message handled.
 */
@Named
@ViewScoped
public class OfflineMessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Mail delivery as the admin needs to know it: sent, still being tried, or given up. */
    public enum MailState { SENT, PENDING, FAILED }

    /** One message as the table shows it; times in UTC, labelled so. */
    public record Row(long id, String receivedAt, String queueName, String customerName, String contact,
                      String message, MailState mailState, String notSentReason, String handled) implements Serializable {
    }

    @Inject
    OfflineMessages messages;

    @Inject
    Queues queues;

    @Inject
    CurrentStaff caller;

    private String search;
    private Long queueId;
    private OfflineMessageFilter.State state;
    private List<SelectItem> queueChoices;

    @PostConstruct
    void load() {
        queueChoices = queues.list(caller.organisationId()).stream()
                .map(queue -> new SelectItem(queue.getId(), queue.getName())).toList();
    }

    private final LazyDataModel<Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) messages.count(caller.organisationId(), filter());
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            var locale = locale();
            var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale).withZone(ZoneOffset.UTC);
            return messages.page(caller.organisationId(), filter(), first, pageSize).stream().map(listed -> {
                var m = listed.message();
                return new Row(m.getId(), utc(format, m.getCreatedAt()), listed.queueName(), m.getCustomerName(),
                        m.getContact(), m.getMessage(), mailState(m), notSentReason(m, locale),
                        m.getHandledAt() == null ? null : UiText.get(locale, "offlineMessages.handledBy",
                                listed.handledByName() == null ? "-" : listed.handledByName())
                                + ", " + utc(format, m.getHandledAt()));
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

    public void markHandled(Row row) {
        mark(row, true, "offlineMessages.markedHandled");
    }

    public void reopen(Row row) {
        mark(row, false, "offlineMessages.reopened");
    }

    private void mark(Row row, boolean handled, String doneKey) {
        messages.markHandled(caller.organisationId(), row.id(), caller.userId(), handled);
        FacesFailures.info(doneKey);
    }

    public boolean isFiltered() {
        return (search != null && !search.isBlank()) || queueId != null || state != null;
    }

    private OfflineMessageFilter filter() {
        return new OfflineMessageFilter(search, queueId, state);
    }

    private static MailState mailState(OfflineMessage message) {
        if (message.getMailedAt() != null) {
            return MailState.SENT;
        }
        return OfflineMessages.gaveUp(message) ? MailState.FAILED : MailState.PENDING;
    }

    // The mail server's own words stay in the server's log: they can name hosts behind Tiski.
    private static String notSentReason(OfflineMessage message, Locale locale) {
        if (message.getMailedAt() != null || message.getLastError() == null) {
            return null;
        }
        if (OfflineMessage.NO_ADDRESS.equals(message.getLastError())) {
            return UiText.get(locale, "offlineMessages.reason.noAddress");
        }
        return UiText.get(locale, "offlineMessages.reason.mailServer", message.getSendAttempts());
    }

    private static String utc(DateTimeFormatter format, Instant instant) {
        return format.format(instant) + " UTC";
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public LazyDataModel<Row> getRows() {
        return rows;
    }

    public List<SelectItem> getQueueChoices() {
        return queueChoices;
    }

    public OfflineMessageFilter.State[] getStates() {
        return OfflineMessageFilter.State.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public OfflineMessageFilter.State getState() {
        return state;
    }

    public void setState(OfflineMessageFilter.State state) {
        this.state = state;
    }
}
