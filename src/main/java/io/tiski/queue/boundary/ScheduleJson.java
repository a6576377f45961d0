package io.tiski.queue.boundary;

import io.tiski.queue.entity.OpeningInterval;
import io.tiski.queue.entity.QueueSchedule;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A queue's opening schedule as the API shows and takes it: hours per weekday as text
 * ({@code "MONDAY": "09:00-12:00, 13:00-17:00"}; blank or missing = closed), closed dates as
 * ISO dates, and the IANA time zone the hours are in.
 */
public record ScheduleJson(boolean enabled, String timeZone, Map<DayOfWeek, String> hours, List<String> closedDates) {

    static ScheduleJson of(QueueSchedule schedule) {
        Map<DayOfWeek, String> hours = new LinkedHashMap<>();
        for (var day : DayOfWeek.values()) {
            hours.put(day, OpeningInterval.format(schedule.getHours().stream().filter(i -> i.getDay() == day)
                    .sorted(java.util.Comparator.comparing(OpeningInterval::getOpensAt)).toList()));
        }
        var dates = schedule.getClosedDates().stream().sorted().map(Object::toString).toList();
        return new ScheduleJson(schedule.isEnabled(), schedule.getTimeZone(), hours, dates);
    }
}
