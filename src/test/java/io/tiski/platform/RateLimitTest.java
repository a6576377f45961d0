package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private Instant now = START;
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

    private void at(Duration sinceStart) {
        now = START.plus(sinceStart);
    }

    @Test
    void aBurstThenOneTokenPerRefillTimeAndHowLongToWait() {
        var limit = new RateLimit(3, Duration.ofSeconds(10), clock);
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(10));

        at(Duration.ofSeconds(4));
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(6));
        at(Duration.ofSeconds(10));
        assertThat(limit.take("a")).isZero();
        assertThat(limit.take("a")).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void aKeyHasItsBurstThenItsRateAndKeysDoNotShare() {
        var rate = RateLimit.perSecond(20, 5, clock);
        int taken = 0;
        for (int i = 0; i < 100; i++) {
            taken += rate.tryTake("7") ? 1 : 0;
        }
        assertThat(taken).as("refused attempts do not push the next token further").isEqualTo(20);
        assertThat(rate.tryTake("8")).as("another key").isTrue();
        at(Duration.ofMillis(100));
        assertThat(rate.tryTake("7")).as("half a token back").isFalse();
        at(Duration.ofMillis(200));
        assertThat(rate.tryTake("7")).as("one token back").isTrue();
        int inTwoSeconds = 0;
        for (long ms = 200; ms <= 2200; ms += 10) {
            at(Duration.ofMillis(ms));
            inTwoSeconds += rate.tryTake("7") ? 1 : 0;
        }
        assertThat(inTwoSeconds).isBetween(10, 11);
    }

    @Test
    void aTokenGivenBackCanBeTakenAgainButNeverBeyondTheBurst() {
        var rate = RateLimit.perSecond(2, 1, clock);
        assertThat(rate.tryTake("a")).isTrue();
        assertThat(rate.tryTake("a")).isTrue();
        assertThat(rate.tryTake("a")).isFalse();
        rate.giveBack("a");
        assertThat(rate.tryTake("a")).isTrue();
        rate.giveBack("a");
        rate.giveBack("a");
        rate.giveBack("a");
        assertThat(rate.tryTake("a")).isTrue();
        assertThat(rate.tryTake("a")).isTrue();
        assertThat(rate.tryTake("a")).isFalse();
    }

    @Test
    void aClockGoingBackNeitherEmptiesNorFillsABucket() {
        at(Duration.ofSeconds(10));
        var rate = RateLimit.perSecond(1, 1, clock);
        assertThat(rate.tryTake("a")).isTrue();
        at(Duration.ofSeconds(5));
        assertThat(rate.tryTake("a")).isFalse();
        at(Duration.ofSeconds(11));
        assertThat(rate.tryTake("a")).isTrue();
    }

    @Test
    void keysWhoseBucketsFilledUpAgainAreDroppedSoMemoryFollowsTheActiveOnes() {
        var rate = RateLimit.perSecond(20, 5, clock);
        for (int i = 0; i < RateLimit.TIDY_ABOVE + 500; i++) {
            rate.tryTake("address-" + i);
        }
        assertThat(rate.keys()).isEqualTo(RateLimit.TIDY_ABOVE + 500);
        // A fresh flood a few seconds later: the old keys have filled up again and go at the next tidy.
        at(Duration.ofSeconds(2));
        rate.tryTake("busy");
        assertThat(rate.keys()).as("a token comes back in 0.2 s, so all but the busy one are full").isEqualTo(1);
        for (int i = 0; i < 30; i++) {
            rate.tryTake("busy");
        }
        at(Duration.ofSeconds(63));
        rate.tryTake("other");
        assertThat(rate.keys()).as("a minute later, even with few keys: only the one just used").isEqualTo(1);
    }
}
