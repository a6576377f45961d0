package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import org.junit.jupiter.api.Test;

/**
 * A write that loses to a concurrent one (an optimistic lock, as a pick on a second server can
 * meet) answers 409 with a problem in the caller's language and changes nothing; before, it was a
 * 500 with the server's own error text. The race tests count such answers as lost takes.
 */
class StaleWriteIT {

    @Test
    void aWriteThatLostToAnotherAnswers409TryAgainAndStoresNothing() {
        var org = TestOrganisation.create("Stale write");
        var admin = org.admin();
        long queue = org.emptyQueueId();

        var answer = admin.api("POST", "test-fixtures/stale-write/queues/" + queue, null);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        var problem = StaffClient.object(answer);
        assertThat(problem.getString("detail")).isEqualTo("Someone changed this at the same moment. Please try again.");
        assertThat(answer.body()).doesNotContain("Exception", "eclipse");
        assertThat(StaffClient.object(admin.api("GET", "queues/" + queue, null)).getString("name"))
                .isEqualTo(org.name() + " empty");
    }
}
