package io.tiski.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often something may happen per key (a client address, an organisation, a conversation, a
 * staff member): a token bucket per key that holds {@code burst} tokens and gains one every
 * {@code refillEvery}. A key that asks with an empty bucket is refused and told how long until its
 * next token; everyone else goes on. Keys are whoever acts, not connections, so opening more
 * connections gains nothing.
 * <p>
 * A key whose bucket has filled up again is the same as no key: such keys are dropped at least once
 * a minute, and as often as once a second when there are many, so memory follows the keys active
 * lately. A clock that goes back neither empties nor fills a bucket. The buckets live in this
 * server's memory, so with several servers each grants its own allowance.
 */
public final class RateLimit {

    /** Above this many keys, full buckets are dropped as often as once a second. */
    static final int TIDY_ABOVE = 10_000;

    private final int burst;
    private final long refillNanos;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile Instant lastTidy;

    public RateLimit(int burst, Duration refillEvery, Clock clock) {
        if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a burst of at least 1 and a positive refill time");
        }
        this.burst = burst;
        this.refillNanos = refillEvery.toNanos();
        this.clock = clock;
        this.lastTidy = clock.instant();
    }

    /** {@code burst} at once, then {@code perSecond} a second (a fraction: slower than one a second). */
    public static RateLimit perSecond(int burst, double perSecond, Clock clock) {
        return new RateLimit(burst, Duration.ofNanos(Math.round(1e9 / perSecond)), clock);
    }

    /** Takes a token for the key: {@link Duration#ZERO} when granted, else how long until the next one. */
    public Duration take(String key) {
        Instant now = clock.instant();
        var wait = buckets.computeIfAbsent(key, k -> new Bucket(now)).take(now);
        tidy(now);
        return wait;
    }

    /** Whether a token was granted (see {@link #take}). */
    public boolean tryTake(String key) {
        return take(key).isZero();
    }

    /** Gives a token back (what it was taken for was refused by another limit after all). */
    public void giveBack(String key) {
        var bucket = buckets.get(key);
        if (bucket != null) {
            bucket.giveBack();
        }
    }

    int keys() {
        return buckets.size();
    }

    private void tidy(Instant now) {
        var since = Duration.between(lastTidy, now);
        if (since.compareTo(Duration.ofMinutes(1)) > 0
                || since.compareTo(Duration.ofSeconds(1)) > 0 && buckets.size() > TIDY_ABOVE) {
            lastTidy = now;
            // A bucket that is full again forgets nothing by going (a take racing its removal may be
            // forgiven that one token); one still refilling is kept.
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }

    /** One key's tokens; its own lock, so keys never wait for each other. */
    private final class Bucket {
        private double tokens = burst;
        private Instant at;

        Bucket(Instant now) {
            this.at = now;
        }

        synchronized Duration take(Instant now) {
            refill(now);
            if (tokens < 1) {
                return Duration.ofNanos((long) Math.ceil((1 - tokens) * refillNanos));
            }
            tokens -= 1;
            return Duration.ZERO;
        }

        synchronized void giveBack() {
            tokens = Math.min(burst, tokens + 1);
        }

        synchronized boolean isFull(Instant now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(Instant now) {
            if (now.isAfter(at)) {
                tokens = Math.min(burst, tokens + Duration.between(at, now).toNanos() / (double) refillNanos);
                at = now;
            }
        }
    }
}
