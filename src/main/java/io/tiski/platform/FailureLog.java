package io.tiski.platform;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of failures that come in floods: during a database outage every chat frame, request and
 * timer run fails the same way, and a stack trace each made megabytes a minute. Each kind (where
 * it happened, and whether the database was down) is logged once per {@link #INTERVAL}: the first
 * one at once (with its stack trace unless it is an outage, whose cause is known), the others
 * counted and reported in one line when the interval is over ({@link #flush}, called by
 * {@link FailureLogFlush}, or the next failure of the kind).
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
        Tally[] ended = new Tally[1];
        // The map's per-key lock makes "first of its interval" a decision for one thread only.
        TALLIES.compute(kind, (key, tally) -> {
            if (tally != null && now - tally.since() < INTERVAL.toNanos()) {
                return new Tally(tally.since(), tally.more() + 1);
            }
            ended[0] = tally;
            first[0] = true;
            return new Tally(now, 0);
        });
        if (ended[0] != null) {
            report(kind, ended[0]);
        }
        if (first[0]) {
            if (outage) {
                LOG.warning(() -> kind + " (" + rootMessage(failure) + "); like failures are counted for "
                        + INTERVAL.toSeconds() + " s");
            } else {
                LOG.log(Level.WARNING, kind + "; like failures are counted for " + INTERVAL.toSeconds() + " s", failure);
            }
        }
    }

    /** Reports and forgets the tallies whose interval is over. */
    public static void flush() {
        long now = System.nanoTime();
        TALLIES.forEach((kind, tally) -> {
            if (now - tally.since() >= INTERVAL.toNanos() && TALLIES.remove(kind, tally)) {
                report(kind, tally);
            }
        });
    }

    private static void report(String kind, Tally tally) {
        if (tally.more() > 0) {
            LOG.warning(() -> kind + ": " + tally.more() + " more in " + INTERVAL.toSeconds() + " s");
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

    private record Tally(long since, long more) {
    }
}
