package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final RateLimit limit = new RateLimit(3, Duration.ofSeconds(10), clock);

    @Test
    void aBurstThenOneTokenPerRefillTime() {
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(10));

        now = now.plusSeconds(4);
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(6));
        now = now.plusSeconds(6);
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void refusedAttemptsDoNotPushTheNextTokenFurther() {
        for (int i = 0; i < 3; i++) {
            limit.take("a");
        }
        for (int i = 0; i < 50; i++) {
            limit.take("a");
        }
        now = now.plusSeconds(10);
        assertThat(limit.take("a")).isZero();
    }

    @Test
    void eachKeyHasItsOwnBucketThatNeverHoldsMoreThanTheBurst() {
        for (int i = 0; i < 3; i++) {
            limit.take("a");
        }
        assertThat(limit.take("b")).isZero();
        now = now.plus(Duration.ofDays(1));
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("a")).isZero();
        }
        assertThat(limit.take("a")).isPositive();
    }
}
