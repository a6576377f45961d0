package io.tiski.queue.boundary;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.organisation.control.StaffDirectory;
import io.tiski.organisation.entity.Role;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.ApplicationFailure;
import io.tiski.platform.FacesFailures;
import io.tiski.platform.InvalidFields;
import io.tiski.platform.TimeZoneChoices;
import io.tiski.queue.control.QueueSchedules;
import io.tiski.queue.control.QueueSettings;
import io.tiski.queue.control.Queues;
import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.RoutingMode;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Clock;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Backing bean of admin/queues.xhtml: the queues of the admin's organisation. */
@Named
@ViewScoped
public class QueuesView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A queue as the table shows it. */
    public record Row(long id, String name, boolean open, int maxChatsPerAgent, boolean attachmentsAllowed,
                      RoutingMode routingMode, int offerTimeoutSeconds, String contactEmail, int maxWaiting,
                      List<Long> handlerIds, String handlerNames)
            implements Serializable {
        static Row of(Queue queue) {
            var handlers = queue.getHandlers().stream()
                    .sorted(Comparator.comparing(StaffUser::getDisplayName)).toList();
            return new Row(queue.getId(), queue.getName(), queue.isOpen(), queue.getMaxChatsPerAgent(),
                    queue.isAttachmentsAllowed(), queue.getRoutingMode(), queue.getOfferTimeoutSeconds(),
                    queue.getContactEmail(), queue.getMaxWaiting(), handlers.stream().map(StaffUser::getId).toList(),
                    String.join(", ", handlers.stream().map(StaffUser::getDisplayName).toList()));
        }
    }

    @Inject
    Queues queues;

    @Inject
    StaffDirectory staff;

    @Inject
    QueueSchedules schedules;

    @Inject
    CurrentStaff caller;

    @Inject
    Clock clock;

    private List<Row> rows;
    private List<SelectItem> agents;

    private String newName;

    private Long editedId;
    private String editedName;
    private int editedMaxChats;
    private int editedMaxWaiting;
    private boolean editedAttachments;
    private RoutingMode editedRoutingMode = RoutingMode.PICK;
    private int editedOfferTimeout = Queue.DEFAULT_OFFER_TIMEOUT_SECONDS;
    private String editedContactEmail;
    private List<Long> editedHandlerIds = new ArrayList<>();

    private Long scheduleQueueId;
    private String scheduleQueueName;
    private boolean scheduleEnabled;
    private String scheduleTimeZone;
    private Map<DayOfWeek, String> dayTexts = new EnumMap<>(DayOfWeek.class);
    private String closedDatesText;
    private DayOfWeek dayInError;
    private List<SelectItem> timeZones;

    @PostConstruct
    void load() {
        long org = caller.organisationId();
        rows = queues.list(org).stream().map(Row::of).toList();
        agents = staff.listActiveWithRole(org, Role.AGENT).stream()
                .map(agent -> new SelectItem(agent.getId(), agent.getDisplayName()))
                .toList();
    }

    public void create() {
        var queue = queues.create(caller.organisationId(), newName);
        FacesFailures.info("queue.created", queue.getName());
        newName = null;
        load();
    }

    public void edit(Row row) {
        editedId = row.id();
        editedName = row.name();
        editedMaxChats = row.maxChatsPerAgent();
        editedMaxWaiting = row.maxWaiting();
        editedAttachments = row.attachmentsAllowed();
        editedRoutingMode = row.routingMode();
        editedOfferTimeout = row.offerTimeoutSeconds();
        editedContactEmail = row.contactEmail();
        editedHandlerIds = new ArrayList<>(row.handlerIds());
    }

    public void saveEdit() {
        queues.update(caller.organisationId(), editedId, new QueueSettings(editedName, editedMaxChats,
                editedAttachments, editedRoutingMode, editedOfferTimeout, editedContactEmail, editedMaxWaiting),
                editedHandlerIds);
        FacesFailures.info("queue.saved", editedName);
        load();
    }

    public void editSchedule(Row row) {
        var schedule = schedules.of(caller.organisationId(), row.id());
        scheduleQueueId = row.id();
        scheduleQueueName = row.name();
        scheduleEnabled = schedule.isEnabled();
        scheduleTimeZone = schedule.getTimeZone();
        var json = ScheduleJson.of(schedule);
        dayTexts = new EnumMap<>(json.hours());
        closedDatesText = String.join(", ", json.closedDates());
        dayInError = null;
        timeZones = TimeZoneChoices.of(locale(), clock.instant(), scheduleTimeZone);
    }

    public void saveSchedule() {
        if (scheduleQueueId == null) {
            return;
        }
        var dates = closedDatesText == null || closedDatesText.isBlank()
                ? List.<String>of() : List.of(closedDatesText.strip().split("[,\\s]+"));
        dayInError = null;
        try {
            schedules.replace(caller.organisationId(), scheduleQueueId, scheduleEnabled, scheduleTimeZone, dayTexts, dates);
            FacesFailures.info("schedule.saved", scheduleQueueName);
        } catch (ApplicationFailure failure) {
            // A day's hours fail as "hours.MONDAY": the day's field is marked, the words shown above the
            // days (FacesExceptions: the inputs of the days have no ids of those names).
            for (var each : InvalidFields.each(failure)) {
                for (var day : DayOfWeek.values()) {
                    if (("hours." + day).equals(each.field())) {
                        dayInError = day;
                    }
                }
            }
            throw failure;
        }
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, locale());
    }

    public boolean dayInError(DayOfWeek day) {
        return day == dayInError;
    }

    public List<SelectItem> getTimeZones() {
        return timeZones;
    }

    /** Whether the queue's settings include the offer timeout: only Tiski's offers time out. */
    public boolean isOffering() {
        return editedRoutingMode == RoutingMode.OFFER;
    }

    private static java.util.Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public void open(Row row) {
        act(() -> queues.open(caller.organisationId(), row.id()), "queue.opened", row);
    }

    public void close(Row row) {
        act(() -> queues.close(caller.organisationId(), row.id()), "queue.closed", row);
    }

    public void delete(Row row) {
        act(() -> queues.delete(caller.organisationId(), row.id()), "queue.deleted", row);
    }

    private void act(Runnable change, String doneKey, Row row) {
        try {
            change.run();
            FacesFailures.info(doneKey, row.name());
        } finally {
            load();
        }
    }

    public boolean isScheduleEnabled() {
        return scheduleEnabled;
    }

    public void setScheduleEnabled(boolean scheduleEnabled) {
        this.scheduleEnabled = scheduleEnabled;
    }

    public String getScheduleTimeZone() {
        return scheduleTimeZone;
    }

    public void setScheduleTimeZone(String scheduleTimeZone) {
        this.scheduleTimeZone = scheduleTimeZone;
    }

    public Map<DayOfWeek, String> getDayTexts() {
        return dayTexts;
    }

    public String getClosedDatesText() {
        return closedDatesText;
    }

    public void setClosedDatesText(String closedDatesText) {
        this.closedDatesText = closedDatesText;
    }

    public String getScheduleQueueName() {
        return scheduleQueueName;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<SelectItem> getAgents() {
        return agents;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getEditedName() {
        return editedName;
    }

    public void setEditedName(String editedName) {
        this.editedName = editedName;
    }

    public int getEditedMaxWaiting() {
        return editedMaxWaiting;
    }

    public void setEditedMaxWaiting(int editedMaxWaiting) {
        this.editedMaxWaiting = editedMaxWaiting;
    }

    public int getEditedMaxChats() {
        return editedMaxChats;
    }

    public void setEditedMaxChats(int editedMaxChats) {
        this.editedMaxChats = editedMaxChats;
    }

    public boolean isEditedAttachments() {
        return editedAttachments;
    }

    public void setEditedAttachments(boolean editedAttachments) {
        this.editedAttachments = editedAttachments;
    }

    public String getEditedContactEmail() {
        return editedContactEmail;
    }

    public void setEditedContactEmail(String editedContactEmail) {
        this.editedContactEmail = editedContactEmail;
    }

    public RoutingMode[] getRoutingModes() {
        return RoutingMode.values();
    }

    public RoutingMode getEditedRoutingMode() {
        return editedRoutingMode;
    }

    public void setEditedRoutingMode(RoutingMode editedRoutingMode) {
        this.editedRoutingMode = editedRoutingMode;
    }

    public int getEditedOfferTimeout() {
        return editedOfferTimeout;
    }

    public void setEditedOfferTimeout(int editedOfferTimeout) {
        this.editedOfferTimeout = editedOfferTimeout;
    }

    public List<Long> getEditedHandlerIds() {
        return editedHandlerIds;
    }

    public void setEditedHandlerIds(List<Long> editedHandlerIds) {
        this.editedHandlerIds = editedHandlerIds;
    }
}
