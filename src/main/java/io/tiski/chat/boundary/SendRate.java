package io.tiski.chat.boundary;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How fast one key (a conversation, a client address, a staff member) may send frames: a token
 * bucket of {@code burst} frames per key, refilled at {@code perSecond}. A flooding sender is refused
 * (its client retries with the same client id, so nothing is lost) while everyone else goes on.
 * Keys are shared by every connection that acts for them, so opening more lines gains nothing.
 * <p>
 * A key whose bucket has filled up again is the same as no key: such keys are dropped at most once a
 * second when there are many, and at least once a minute, so memory follows the keys active lately.
 * Times are {@link System#nanoTime()} readings passed in (monotonic; the server's movable clock is for
 * schedules, and moving it back must not empty a bucket).
 */
final class SendRate {

    /** Above this many keys, full buckets are dropped as often as once a second. */
    static final int TIDY_ABOVE = 10_000;
    private static final long SECOND = 1_000_000_000L;

    private final int burst;
    private final double perSecond;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastTidy;

    SendRate(int burst, double perSecond, long nowNanos) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.lastTidy = nowNanos;
    }

    /** Takes one frame's token for the key; false (nothing taken) when its bucket is empty. */
    boolean tryTake(String key, long nowNanos) {
        boolean taken = buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos)).tryTake(nowNanos);
        tidy(nowNanos);
        return taken;
    }

    /** Gives a token back (the frame was refused by another limit after all). */
    void giveBack(String key) {
        var bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    int keys() {
        return buckets.size();
    }

    private void tidy(long nowNanos) {
        long since = nowNanos - lastTidy;
        if (since > 60 * SECOND || (since > SECOND && buckets.size() > TIDY_ABOVE)) {
            lastTidy = nowNanos;
            // A bucket that is full again forgets nothing by going (a take racing its removal may be
            // forgiven that one token); one still refilling is kept.
            buckets.values().removeIf(bucket -> bucket.isFull(nowNanos));
        }
    }

    /** One key's tokens; its own lock, so keys never wait for each other. */
    private final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long nowNanos) {
            this.tokens = tokens;
            this.lastNanos = nowNanos;
        }

        synchronized boolean tryTake(long nowNanos) {
            refill(nowNanos);
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized void giveBack() {
            tokens = Math.min(burst, tokens + 1);
        }

        synchronized boolean isFull(long nowNanos) {
            refill(nowNanos);
            return tokens >= burst;
        }

        private void refill(long nowNanos) {
            long elapsed = Math.max(0, nowNanos - lastNanos);
            tokens = Math.min(burst, tokens + elapsed / 1e9 * perSecond);
            lastNanos = Math.max(lastNanos, nowNanos);
        }
    }
}
