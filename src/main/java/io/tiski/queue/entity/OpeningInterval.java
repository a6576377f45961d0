package io.tiski.queue.entity;

import io.tiski.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One opening interval on a weekday, in the queue's time zone: open from {@code opensAt} until {@code closesAt}. */
@Embeddable
public class OpeningInterval {

    // ISO day number, 1 = Monday ... 7 = Sunday.
    @Column(name = "day_of_week", nullable = false)
    private int dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected OpeningInterval() {
    }

    public OpeningInterval(DayOfWeek day, LocalTime opensAt, LocalTime closesAt) {
        if (!opensAt.isBefore(closesAt)) {
            throw new InvalidInput("hours." + day, "schedule.hours.invalid", day);
        }
        this.dayOfWeek = day.getValue();
        this.opensAt = opensAt;
        this.closesAt = closesAt;
    }

    /**
     * Reads a day's hours as people write them: {@code "09:00-12:00, 13:00-17:00"}; blank means
     * closed all day; {@code 24:00} is the end of the day.
     */
    public static List<OpeningInterval> parse(DayOfWeek day, String text) {
        List<OpeningInterval> intervals = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return intervals;
        }
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("\\s*[-–]\\s*");
            if (ends.length != 2) {
                throw new InvalidInput("hours." + day, "schedule.hours.invalid", day);
            }
            intervals.add(new OpeningInterval(day, time(day, ends[0]), time(day, ends[1])));
        }
        return intervals;
    }

    /** The day's hours in the form {@link #parse} reads. */
    public static String format(List<OpeningInterval> intervals) {
        return String.join(", ", intervals.stream()
                .map(i -> i.opensAt + "-" + (i.closesAt.equals(LocalTime.MAX.withNano(0)) ? "24:00" : i.closesAt.toString()))
                .toList());
    }

    private static LocalTime time(DayOfWeek day, String text) {
        String value = text.strip();
        if ("24:00".equals(value)) {
            return LocalTime.MAX.withNano(0);
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("hours." + day, "schedule.hours.invalid", day);
        }
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(dayOfWeek);
    }

    public LocalTime getOpensAt() {
        return opensAt;
    }

    public LocalTime getClosesAt() {
        return closesAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningInterval that && dayOfWeek == that.dayOfWeek
                && opensAt.equals(that.opensAt) && closesAt.equals(that.closesAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dayOfWeek, opensAt, closesAt);
    }
}
