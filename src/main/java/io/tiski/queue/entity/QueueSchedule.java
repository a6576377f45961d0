package io.tiski.queue.entity;

import io.tiski.platform.InvalidInput;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a queue opens and closes by itself: weekly intervals in the queue's time zone, minus closed
 * dates. The queue follows the schedule at each change (an interval starting or ending); an admin
 * may open or close it by hand in between, and the next change takes over again.
 */
@Entity
@Table(name = "queue_schedules")
public class QueueSchedule {

    // A change further back than this is long applied (the longest gap between changes is a week,
    // plus closed dates; older changes are found by the tick that ran then).
    private static final int LOOKBACK_DAYS = 8;

    @Id
    @Column(name = "queue_id")
    private Long queueId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "time_zone", nullable = false, length = 64)
    private String timeZone;

    @Column(name = "applied_through")
    private Instant appliedThrough;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_opening_hours", joinColumns = @JoinColumn(name = "queue_id"))
    private List<OpeningInterval> hours = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "queue_closed_dates", joinColumns = @JoinColumn(name = "queue_id"))
    @Column(name = "closed_on", nullable = false)
    private Set<LocalDate> closedDates = new HashSet<>();

    protected QueueSchedule() {
    }

    /** A new, switched-off schedule in UTC with no hours. */
    public QueueSchedule(long queueId) {
        this.queueId = queueId;
        this.timeZone = "UTC";
    }

    /** Replaces the whole schedule; the queue follows the new one from the next tick on. */
    public void replace(boolean newEnabled, String newTimeZone, List<OpeningInterval> newHours, Set<LocalDate> newClosedDates) {
        this.timeZone = zone(newTimeZone).getId();
        this.enabled = newEnabled;
        this.hours = new ArrayList<>(newHours);
        this.closedDates = new HashSet<>(newClosedDates);
        this.appliedThrough = null;
    }

    public boolean isOpenAt(Instant instant) {
        var local = instant.atZone(zone());
        if (closedDates.contains(local.toLocalDate())) {
            return false;
        }
        var time = local.toLocalTime();
        return hours.stream().anyMatch(i -> i.getDay() == local.getDayOfWeek()
                && !time.isBefore(i.getOpensAt()) && time.isBefore(i.getClosesAt()));
    }

    /** The latest instant at or before {@code instant} where the schedule turns open or closed. */
    public Optional<Instant> lastChangeAtOrBefore(Instant instant) {
        var zone = zone();
        LocalDate today = instant.atZone(zone).toLocalDate();
        var candidates = new TreeSet<Instant>();
        for (LocalDate day = today.minusDays(LOOKBACK_DAYS); !day.isAfter(today); day = day.plusDays(1)) {
            if (closedDates.contains(day)) {
                candidates.add(day.atStartOfDay(zone).toInstant());
                candidates.add(day.plusDays(1).atStartOfDay(zone).toInstant());
                continue;
            }
            for (var interval : hours) {
                if (interval.getDay() == day.getDayOfWeek()) {
                    candidates.add(ZonedDateTime.of(day, interval.getOpensAt(), zone).toInstant());
                    candidates.add(ZonedDateTime.of(day, interval.getClosesAt(), zone).toInstant());
                }
            }
        }
        // A daylight-saving jump can move an opening that falls into the gap: the jump itself is then the change.
        var transition = zone.getRules().nextTransition(today.minusDays(LOOKBACK_DAYS).atStartOfDay(zone).toInstant());
        while (transition != null && !transition.getInstant().isAfter(instant)) {
            candidates.add(transition.getInstant());
            transition = zone.getRules().nextTransition(transition.getInstant());
        }
        return candidates.headSet(instant, true).descendingSet().stream()
                .filter(candidate -> isOpenAt(candidate) != isOpenAt(candidate.minusNanos(1000)))
                .findFirst();
    }

    /**
     * What the queue should be set to at {@code now}, if a change has come that was not applied yet
     * (or the schedule is new): the caller holds this row's lock, so each change is applied once.
     */
    public Optional<Boolean> dueState(Instant now) {
        if (!enabled) {
            return Optional.empty();
        }
        Instant change = lastChangeAtOrBefore(now).orElse(Instant.EPOCH);
        if (appliedThrough != null && !change.isAfter(appliedThrough)) {
            return Optional.empty();
        }
        this.appliedThrough = change;
        return Optional.of(isOpenAt(now));
    }

    private ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "schedule.timeZone.invalid", id);
        }
    }

    public long getQueueId() {
        return queueId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public List<OpeningInterval> getHours() {
        return List.copyOf(hours);
    }

    public Set<LocalDate> getClosedDates() {
        return Set.copyOf(closedDates);
    }
}
