package io.tiski.organisation.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed attempts counted by key (an account, an address), with a delay that grows: once a key has
 * {@code free} failures within {@code window}, every further attempt must wait {@code firstDelay},
 * doubled for each failure after that, up to {@code longestDelay}. A key forgets its failures a
 * {@code window} after the last one, or at a success. Attempts made while a key must wait are
 * refused without being tried and are not counted, so waiting is the only way on.
 */
final class Strikes {

    /** The failures of one key; {@code waitUntil} null while its failures are still free. */
    private record Record(int failures, Instant lastFailure, Instant waitUntil) {
    }

    /** Past this many keys, keys quiet for a whole window are dropped, so a spray of names cannot fill memory. */
    private static final int TIDY_ABOVE = 10_000;

    private final int free;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration longestDelay;
    private final Clock clock;
    private final Map<String, Record> records = new ConcurrentHashMap<>();

    Strikes(int free, Duration window, Duration firstDelay, Duration longestDelay, Clock clock) {
        this.free = free;
        this.window = window;
        this.firstDelay = firstDelay;
        this.longestDelay = longestDelay;
        this.clock = clock;
    }

    /** Whether an attempt for this key may be tried now. */
    boolean mayTry(String key) {
        var record = records.get(key);
        return record == null || record.waitUntil() == null || !clock.instant().isBefore(record.waitUntil());
    }

    void failed(String key) {
        Instant now = clock.instant();
        records.compute(key, (k, before) -> {
            int failures = before == null || before.lastFailure().plus(window).isBefore(now) ? 1 : before.failures() + 1;
            var delay = delayAfter(failures);
            return new Record(failures, now, delay.isZero() ? null : now.plus(delay));
        });
        if (records.size() > TIDY_ABOVE) {
            records.values().removeIf(record -> record.lastFailure().plus(window).isBefore(now));
        }
    }

    void succeeded(String key) {
        records.remove(key);
    }

    Duration delayAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 30);
        var delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(longestDelay) > 0 ? longestDelay : delay;
    }
}
