package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Guessing one account's password is slowed down: five wrong guesses are free, then each attempt
 * waits a delay that doubles with every further failure, and an attempt made too early is refused
 * unchecked, even with the right password, with the answer of a wrong one. The server's clock is
 * moved instead of waiting.
 */
class LoginThrottleIT {

    private static final String WRONG = "The username or password is not right.";

    @Test
    void guessesPastTheFreeOnesMustWaitAGrowingDelayAndGetTheSameAnswer() {
        var org = TestOrganisation.create("Guessing");
        String account = org.agentUsername();
        try {
            for (int guess = 1; guess <= 5; guess++) {
                assertRefused(new StaffClient().login(account, "wrong guess " + guess), "free guess " + guess);
            }
            TestOrganisation.advanceClockAndSweep(1);
            assertRefused(new StaffClient().login(account, "wrong guess 6"), "a guess after a second's wait");
            TestOrganisation.advanceClockAndSweep(2);
            assertRefused(new StaffClient().login(account, "wrong guess 7"), "a guess after two seconds' wait");

            // Now four seconds must pass: the right password is not even checked before then.
            assertRefused(new StaffClient().login(account, TestOrganisation.PASSWORD), "the right password too early");
            TestOrganisation.advanceClockAndSweep(3);
            assertRefused(new StaffClient().login(account, TestOrganisation.PASSWORD), "still a second too early");

            TestOrganisation.advanceClockAndSweep(2);
            assertThat(new StaffClient().login(account, TestOrganisation.PASSWORD).statusCode())
                    .as("the right password once the delay is over").isEqualTo(302);
            assertThat(new StaffClient().login(account, TestOrganisation.PASSWORD).statusCode())
                    .as("a success forgets the failures").isEqualTo(302);
        } finally {
            TestOrganisation.advanceClockAndSweep(null);
        }
    }

    @Test
    void anotherAccountIsNotSlowedDownByGuessesAtThisOne() {
        var org = TestOrganisation.create("Neighbour");
        for (int guess = 1; guess <= 6; guess++) {
            assertRefused(new StaffClient().login(org.agentUsername(), "wrong guess " + guess), "guess " + guess);
        }

        assertThat(new StaffClient().login(org.adminUsername(), TestOrganisation.PASSWORD).statusCode()).isEqualTo(302);
    }

    private static void assertRefused(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what + ": the status of a wrong password").isEqualTo(401);
        assertThat(answer.body()).as(what).contains(WRONG);
    }
}
