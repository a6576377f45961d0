package io.tiski.chat.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aKeyHasItsBurstThenItsRateAndKeysDoNotShare() {
        var rate = new SendRate(20, 5, 0);
        int taken = 0;
        for (int i = 0; i < 100; i++) {
            taken += rate.tryTake("7", 0) ? 1 : 0;
        }
        assertThat(taken).isEqualTo(20);
        assertThat(rate.tryTake("8", 0)).as("another conversation").isTrue();
        assertThat(rate.tryTake("7", SECOND / 10)).as("half a token back").isFalse();
        assertThat(rate.tryTake("7", SECOND / 5)).as("one token back").isTrue();
        int inTwoSeconds = 0;
        for (long t = SECOND / 5; t <= 2 * SECOND + SECOND / 5; t += SECOND / 100) {
            inTwoSeconds += rate.tryTake("7", t) ? 1 : 0;
        }
        assertThat(inTwoSeconds).isBetween(10, 11);
    }

    @Test
    void aTokenGivenBackCanBeTakenAgainButNeverBeyondTheBurst() {
        var rate = new SendRate(2, 1, 0);
        assertThat(rate.tryTake("a", 0)).isTrue();
        assertThat(rate.tryTake("a", 0)).isTrue();
        assertThat(rate.tryTake("a", 0)).isFalse();
        rate.giveBack("a");
        assertThat(rate.tryTake("a", 0)).isTrue();
        rate.giveBack("a");
        rate.giveBack("a");
        rate.giveBack("a");
        assertThat(rate.tryTake("a", 0)).isTrue();
        assertThat(rate.tryTake("a", 0)).isTrue();
        assertThat(rate.tryTake("a", 0)).isFalse();
    }

    @Test
    void aClockGoingBackNeitherEmptiesNorFillsABucket() {
        var rate = new SendRate(1, 1, 10 * SECOND);
        assertThat(rate.tryTake("a", 10 * SECOND)).isTrue();
        assertThat(rate.tryTake("a", 5 * SECOND)).isFalse();
        assertThat(rate.tryTake("a", 11 * SECOND)).isTrue();
    }

    @Test
    void keysWhoseBucketsFilledUpAgainAreDroppedSoMemoryFollowsTheActiveOnes() {
        var rate = new SendRate(20, 5, 0);
        for (int i = 0; i < SendRate.TIDY_ABOVE + 500; i++) {
            rate.tryTake("address-" + i, 0);
        }
        assertThat(rate.keys()).isEqualTo(SendRate.TIDY_ABOVE + 500);
        // A fresh flood a few seconds later: the old keys have filled up again and go at the next tidy.
        rate.tryTake("busy", 2 * SECOND);
        assertThat(rate.keys()).as("a token comes back in 0.2 s, so all but the busy one are full").isEqualTo(1);
        for (int i = 0; i < 30; i++) {
            rate.tryTake("busy", 2 * SECOND);
        }
        rate.tryTake("other", 63 * SECOND);
        assertThat(rate.keys()).as("a minute later, even with few keys: only the one just used").isEqualTo(1);
    }
}
