package io.tiski.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class StrikesTest {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final Strikes strikes = new Strikes(3, Duration.ofMinutes(15), Duration.ofSeconds(1), Duration.ofSeconds(10), clock);

    @Test
    void freeFailuresThenADelayThatDoublesUpToTheLongest() {
        assertThat(strikes.delayAfter(1)).isZero();
        assertThat(strikes.delayAfter(2)).isZero();
        assertThat(strikes.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(strikes.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(strikes.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(strikes.delayAfter(6)).isEqualTo(Duration.ofSeconds(8));
        assertThat(strikes.delayAfter(7)).isEqualTo(Duration.ofSeconds(10));
        assertThat(strikes.delayAfter(1_000)).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aKeyThatMustWaitIsRefusedUntilItsDelayIsOver() {
        for (int i = 0; i < 3; i++) {
            assertThat(strikes.mayTry("ip")).isTrue();
            strikes.failed("ip");
        }
        assertThat(strikes.mayTry("ip")).isFalse();
        assertThat(strikes.mayTry("another")).isTrue();
        now = now.plusMillis(999);
        assertThat(strikes.mayTry("ip")).isFalse();
        now = now.plusMillis(1);
        assertThat(strikes.mayTry("ip")).isTrue();
        strikes.failed("ip");
        now = now.plusMillis(1_999);
        assertThat(strikes.mayTry("ip")).as("two seconds after the fourth failure").isFalse();
    }

    @Test
    void successOrAQuietWindowForgetsTheFailures() {
        strikes.failed("a");
        strikes.failed("a");
        strikes.failed("a");
        strikes.succeeded("a");
        assertThat(strikes.mayTry("a")).isTrue();
        strikes.failed("a");
        strikes.failed("a");
        now = now.plus(Duration.ofMinutes(16));
        strikes.failed("a");
        assertThat(strikes.mayTry("a")).as("the failures before the window do not count").isTrue();
    }
}
