package io.tiski.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often something may happen per key (a client address, an organisation, a conversation): a
 * token bucket per key that holds {@code burst} tokens and gains one every {@code refillEvery}. A
 * key that asks with an empty bucket is refused and told how long until its next token. The
 * buckets live in this server's memory, so with several servers each grants its own allowance.
 */
public final class RateLimit {

    /** Past this many keys, full buckets are dropped: a spray of addresses cannot fill memory. */
    private static final int TIDY_ABOVE = 10_000;

    private record Bucket(double tokens, Instant at) {
    }

    private final int burst;
    private final Duration refillEvery;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int burst, Duration refillEvery, Clock clock) {
        if (burst < 1 || refillEvery.isNegative() || refillEvery.isZero()) {
            throw new IllegalArgumentException("A rate limit needs a burst of at least 1 and a positive refill time");
        }
        this.burst = burst;
        this.refillEvery = refillEvery;
        this.clock = clock;
    }

    /** Takes a token for the key: {@link Duration#ZERO} when granted, else how long until the next one. */
    public Duration take(String key) {
        Instant now = clock.instant();
        Duration[] wait = {Duration.ZERO};
        buckets.compute(key, (k, before) -> {
            double tokens = before == null ? burst : refilled(before, now);
            if (tokens < 1) {
                wait[0] = Duration.ofNanos((long) Math.ceil((1 - tokens) * refillEvery.toNanos()));
                return new Bucket(tokens, now);
            }
            return new Bucket(tokens - 1, now);
        });
        if (buckets.size() > TIDY_ABOVE) {
            buckets.values().removeIf(bucket -> refilled(bucket, now) >= burst);
        }
        return wait[0];
    }

    private double refilled(Bucket bucket, Instant now) {
        double gained = Duration.between(bucket.at(), now).toNanos() / (double) refillEvery.toNanos();
        return Math.min(burst, bucket.tokens() + Math.max(0, gained));
    }
}
