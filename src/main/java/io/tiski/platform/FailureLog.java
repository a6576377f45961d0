package io.tiski.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of failures that come in floods: during a database outage every chat frame, request and
 * timer run fails the same way, and a stack trace each made megabytes a minute. The first failure
 * of a kind (where it happened, and whether the database was down) is logged at once, with its
 * stack trace unless it is an outage, whose cause is known; while failures of that kind go on, one
 * line every {@link #INTERVAL} gives their count ({@link #flush}, called by {@link FailureLogFlush},
 * or the next failure after the interval). A kind that stayed quiet for an interval starts afresh.
 */
public final class FailureLog {

    static final Duration INTERVAL = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(FailureLog.class.getName());
    private static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();

    private FailureLog() {
    }

    /** Something failed in {@code where} (e.g. "chat frame", "timer OfferSweep.sweep"); logs it at most once an interval. */
    public static void failed(String where, Throwable failure) {
        boolean outage = DatabaseOutage.isCause(failure);
        String kind = where + (outage ? ": the database does not answer" : ": " + failure.getClass().getName());
        long now = System.nanoTime();
        boolean[] first = new boolean[1];
        // The map's lock per kind makes "first" and "interval over" decisions of one thread only.
        TALLIES.compute(kind, (key, tally) -> {
            if (tally != null && now - tally.since() < INTERVAL.toNanos()) {
                return new Tally(tally.since(), tally.count() + 1);
            }
            if (tally == null || tally.count() == 0) {
                first[0] = true;
                return new Tally(now, 0);
            }
            report(kind, tally.count());
            return new Tally(now, 1);
        });
        if (first[0]) {
            if (outage) {
                LOG.warning(() -> kind + " (" + rootMessage(failure) + "); more of the kind are counted every "
                        + INTERVAL.toSeconds() + " s");
            } else {
                LOG.log(Level.WARNING, kind + "; more of the kind are counted every " + INTERVAL.toSeconds() + " s",
                        failure);
            }
        }
    }

    /** Reports the counts of the intervals that are over; forgets the kinds that had none. */
    public static void flush() {
        long now = System.nanoTime();
        for (String kind : TALLIES.keySet()) {
            TALLIES.computeIfPresent(kind, (key, tally) -> {
                if (now - tally.since() < INTERVAL.toNanos()) {
                    return tally;
                }
                if (tally.count() == 0) {
                    return null;
                }
                report(kind, tally.count());
                return new Tally(now, 0);
            });
        }
    }

    private static void report(String kind, long count) {
        if (count > 0) {
            LOG.warning(() -> kind + ": " + count + " more in " + INTERVAL.toSeconds() + " s");
        }
    }

    /** The innermost cause's type and message: "Connection refused", without SQL or stack. */
    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        for (int depth = 0; root.getCause() != null && depth < 32; depth++) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record Tally(long since, long count) {
    }
}
