package io.tiski.queue.control;

import io.tiski.platform.InvalidInput;
import io.tiski.queue.entity.OpeningInterval;
import io.tiski.queue.entity.Queue;
import io.tiski.queue.entity.QueueSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Opening schedules of queues, and applying them as their changes come. */
@ApplicationScoped
@Transactional
public class QueueSchedules {

    @PersistenceContext
    EntityManager em;

    @Inject
    Queues queues;

    @Inject
    Clock clock;

    @Inject
    Event<QueueChanged> changed;

    /** The queue's schedule; a queue that never had one gets a switched-off empty one. */
    public QueueSchedule of(long organisationId, long queueId) {
        var queue = queues.find(organisationId, queueId);
        var schedule = em.find(QueueSchedule.class, queue.getId());
        return schedule == null ? new QueueSchedule(queue.getId()) : schedule;
    }

    /**
     * Replaces the schedule from the day texts ({@code "09:00-17:00"} per weekday) and closed dates
     * ({@code 2026-12-24}); all checked before anything is stored.
     */
    public QueueSchedule replace(long organisationId, long queueId, boolean enabled, String timeZone,
                                 Map<DayOfWeek, String> dayTexts, Collection<String> closedDates) {
        var queue = queues.find(organisationId, queueId);
        List<OpeningInterval> hours = new ArrayList<>();
        for (var day : DayOfWeek.values()) {
            hours.addAll(OpeningInterval.parse(day, dayTexts == null ? null : dayTexts.get(day)));
        }
        var dates = new HashSet<LocalDate>();
        for (String date : closedDates == null ? List.<String>of() : closedDates) {
            try {
                dates.add(LocalDate.parse(date.strip()));
            } catch (DateTimeParseException | NullPointerException e) {
                throw new InvalidInput("closedDates", "schedule.closedDate.invalid", date);
            }
        }
        var schedule = em.find(QueueSchedule.class, queue.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            schedule = new QueueSchedule(queue.getId());
            schedule.replace(enabled, timeZone, hours, dates);
            em.persist(schedule);
        } else {
            schedule.replace(enabled, timeZone, hours, dates);
        }
        return schedule;
    }

    /** Queues whose schedule is switched on (read without locks; {@link #applyIfDue} decides). */
    public List<Long> scheduledQueues() {
        return em.createQuery("select s.queueId from QueueSchedule s where s.enabled = true", Long.class)
                .getResultList();
    }

    /**
     * Opens or closes the queue if a schedule change is due. The schedule row's lock makes every
     * server but one find the change already applied, so each change happens once, also when a
     * server catches up after a restart (then only the latest missed change is applied).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean applyIfDue(long queueId) {
        var schedule = em.find(QueueSchedule.class, queueId, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null) {
            return false;
        }
        var due = schedule.dueState(clock.instant());
        if (due.isEmpty()) {
            return false;
        }
        var queue = em.find(Queue.class, queueId);
        if (due.get()) {
            queue.open();
        } else {
            queue.close();
        }
        changed.fire(new QueueChanged(queue.getOrganisationId(), queueId));
        return true;
    }
}
