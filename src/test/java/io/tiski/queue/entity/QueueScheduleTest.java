package io.tiski.queue.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.platform.InvalidInput;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueueScheduleTest {

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    private static Instant helsinki(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HELSINKI).toInstant();
    }

    private static QueueSchedule weekdays(String hours, Set<LocalDate> closed) {
        List<OpeningInterval> intervals = new ArrayList<>();
        for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            intervals.addAll(OpeningInterval.parse(day, hours));
        }
        var schedule = new QueueSchedule(1);
        schedule.replace(true, "Europe/Helsinki", intervals, closed);
        return schedule;
    }

    @Test
    void openInsideItsIntervalsInTheQueuesTimeZone() {
        var schedule = weekdays("09:00-12:00, 13:00-17:00", Set.of());

        assertThat(schedule.isOpenAt(helsinki("2026-11-23T08:59:59"))).isFalse();
        assertThat(schedule.isOpenAt(helsinki("2026-11-23T09:00:00"))).isTrue();
        assertThat(schedule.isOpenAt(helsinki("2026-11-23T12:30:00"))).isFalse();
        assertThat(schedule.isOpenAt(helsinki("2026-11-23T16:59:59"))).isTrue();
        assertThat(schedule.isOpenAt(helsinki("2026-11-23T17:00:00"))).isFalse();
        assertThat(schedule.isOpenAt(helsinki("2026-11-28T10:00:00"))).as("Saturday").isFalse();
        assertThat(schedule.isOpenAt(Instant.parse("2026-11-23T07:30:00Z"))).as("09:30 in Helsinki").isTrue();
    }

    @Test
    void closedDatesWin() {
        var schedule = weekdays("09:00-17:00", Set.of(LocalDate.parse("2026-12-24")));

        assertThat(schedule.isOpenAt(helsinki("2026-12-24T10:00:00"))).isFalse();
        assertThat(schedule.isOpenAt(helsinki("2026-12-23T10:00:00"))).isTrue();
        assertThat(schedule.lastChangeAtOrBefore(helsinki("2026-12-24T10:00:00")))
                .hasValue(helsinki("2026-12-23T17:00:00"));
    }

    @Test
    void lastChangeIsTheLatestOpeningOrClosing() {
        var schedule = weekdays("09:00-12:00, 13:00-17:00", Set.of());

        assertThat(schedule.lastChangeAtOrBefore(helsinki("2026-11-23T12:30:00"))).hasValue(helsinki("2026-11-23T12:00:00"));
        assertThat(schedule.lastChangeAtOrBefore(helsinki("2026-11-23T09:00:00"))).hasValue(helsinki("2026-11-23T09:00:00"));
        assertThat(schedule.lastChangeAtOrBefore(helsinki("2026-11-29T10:00:00"))).as("Sunday")
                .hasValue(helsinki("2026-11-27T17:00:00"));
    }

    @Test
    void touchingIntervalsAreOneOpening() {
        var schedule = weekdays("09:00-12:00, 12:00-17:00", Set.of());

        assertThat(schedule.lastChangeAtOrBefore(helsinki("2026-11-23T15:00:00"))).hasValue(helsinki("2026-11-23T09:00:00"));
    }

    @Test
    void anOpeningInsideTheDaylightSavingGapHappensAtTheJump() {
        var schedule = new QueueSchedule(1);
        schedule.replace(true, "Europe/Helsinki", OpeningInterval.parse(DayOfWeek.SUNDAY, "03:30-05:00"), Set.of());
        // 2026-03-29: clocks jump from 03:00 to 04:00 in Helsinki.
        Instant jump = Instant.parse("2026-03-29T01:00:00Z");

        assertThat(schedule.isOpenAt(jump)).isTrue();
        assertThat(schedule.lastChangeAtOrBefore(jump.plusSeconds(600))).hasValue(jump);
    }

    @Test
    void eachChangeIsDueOnceAndANewScheduleAtOnce() {
        var schedule = weekdays("09:00-17:00", Set.of());

        assertThat(schedule.dueState(helsinki("2026-11-23T10:00:00"))).as("new schedule").hasValue(true);
        assertThat(schedule.dueState(helsinki("2026-11-23T10:00:15"))).isEmpty();
        assertThat(schedule.dueState(helsinki("2026-11-23T17:00:10"))).hasValue(false);
        assertThat(schedule.dueState(helsinki("2026-11-23T17:00:25"))).isEmpty();
        assertThat(schedule.dueState(helsinki("2026-11-25T12:00:00"))).as("after missed changes, the latest once")
                .hasValue(true);
        assertThat(schedule.dueState(helsinki("2026-11-25T12:00:15"))).isEmpty();
    }

    @Test
    void switchedOffScheduleNeverChangesTheQueue() {
        var schedule = new QueueSchedule(1);
        schedule.replace(false, "UTC", OpeningInterval.parse(DayOfWeek.MONDAY, "00:00-24:00"), Set.of());

        assertThat(schedule.dueState(Instant.parse("2026-11-23T10:00:00Z"))).isEmpty();
    }

    @Test
    void hoursAreReadAsPeopleWriteThem() {
        assertThat(OpeningInterval.parse(DayOfWeek.MONDAY, " 9:00 - 12:00,13:00–24:00 "))
                .extracting(OpeningInterval::getOpensAt, OpeningInterval::getClosesAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        org.assertj.core.groups.Tuple.tuple(LocalTime.of(13, 0), LocalTime.of(23, 59, 59)));
        assertThat(OpeningInterval.format(OpeningInterval.parse(DayOfWeek.MONDAY, "09:00-12:00, 13:00-24:00")))
                .isEqualTo("09:00-12:00, 13:00-24:00");
        assertThat(OpeningInterval.parse(DayOfWeek.MONDAY, "  ")).isEmpty();
        for (String bad : List.of("17:00-09:00", "09:00", "9-17", "25:00-26:00", "09:00-12:00;13:00-14:00")) {
            assertThatThrownBy(() -> OpeningInterval.parse(DayOfWeek.MONDAY, bad)).as(bad)
                    .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("hours.MONDAY");
        }
    }

    @Test
    void unknownTimeZoneIsRefused() {
        assertThatThrownBy(() -> new QueueSchedule(1).replace(true, "Mars/Olympus", List.of(), Set.of()))
                .isInstanceOf(InvalidInput.class).extracting("field").isEqualTo("timeZone");
    }
}
