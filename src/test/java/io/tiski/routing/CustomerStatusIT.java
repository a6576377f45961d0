package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestDatabase;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A waiting customer's line, as the widget holds it from the moment it joins: every change of
 * place, agent or end is pushed to it as a status frame, without the customer asking (no GET in
 * these tests), and while it is open the customer counts as present. About 25 s (45 at most),
 * most of it waiting for the servers' 20-second heartbeat.
 */
class CustomerStatusIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;
    private long queue;

    @BeforeEach
    void openQueue() {
        org = TestOrganisation.create("Status");
        admin = org.admin();
        agent = org.agent();
        queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
    }

    @AfterEach
    void realClock() {
        TestOrganisation.advanceClockAndSweep(null);
    }

    @Test
    void aWaitingCustomersLineHearsItsPlaceItsAgentATransferAndTheEnd() {
        var leaving = new Customer();
        var ahead = new Customer();
        var customer = new Customer();
        leaving.start(queue, "Leaving");
        ahead.start(queue, "Ahead");
        customer.start(queue, "Watching");
        long second = StaffClient.object(admin.api("POST", "queues", "{\"name\":\"" + org.name() + " billing\"}"))
                .getJsonNumber("id").longValue();
        admin.api("POST", "queues/" + second + "/open", null);
        admin.api("PUT", "queues/" + second + "/handlers", "[" + org.agentId() + "]");
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");

        try (var line = hello(customer)) {
            var first = status(line, s -> true);
            assertThat(first.getString("state")).isEqualTo("waiting");
            assertThat(first.getInt("position")).isEqualTo(3);
            assertThat(first.getString("queueName")).isEqualTo(org.name() + " empty");
            long id = first.getJsonNumber("conversationId").longValue();

            leaving.send("DELETE", "conversation", null);
            assertThat(status(line, s -> true).getInt("position")).as("one ahead left").isEqualTo(2);

            agent.api("POST", "agent/waiting/" + waitingId("Ahead") + "/pick", null);
            assertThat(status(line, s -> true).getInt("position")).as("one ahead was taken").isEqualTo(1);

            assertThat(agent.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);
            var assigned = status(line, s -> true);
            assertThat(assigned.getString("state")).isEqualTo("assigned");
            assertThat(assigned.getString("agentName")).isEqualTo(org.name() + " Agent");

            agent.api("POST", "agent/conversations/" + id + "/transfer", "{\"queueId\":" + second + ",\"comment\":\"Billing\"}");
            var transferred = status(line, s -> true);
            assertThat(transferred.getString("state")).isEqualTo("waiting");
            assertThat(transferred.getString("queueName")).isEqualTo(org.name() + " billing");
            assertThat(transferred.getInt("position")).isEqualTo(1);

            agent.api("POST", "agent/waiting/" + id + "/pick", null);
            assertThat(status(line, s -> true).getString("state")).isEqualTo("assigned");
            agent.api("POST", "agent/conversations/" + id + "/end", null);
            assertThat(status(line, s -> true).getString("state")).isEqualTo("ended");
        } finally {
            agent.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
        }
    }

    @Test
    void anOpenLineKeepsTheCustomerAClosedOneLeavesAfterTheGracePeriod() throws Exception {
        var gone = new Customer();
        var back = new Customer();
        var present = new Customer();
        gone.start(queue, "Gone");
        back.start(queue, "Back");
        present.start(queue, "Present");
        hello(gone).close();
        var backLine = hello(back);
        try (var presentLine = hello(present)) {
            long presentId = status(presentLine, s -> true).getJsonNumber("conversationId").longValue();
            var greeted = seenAt(presentId);
            backLine.close();
            // Closed on the server too before the clock moves: a line notes the time as it closes.
            backLine.closeCode(WAIT);

            TestOrganisation.advanceClockAndSweep(45);
            assertThat(waitingNames()).as("45 s without a line is within the grace period")
                    .containsExactlyInAnyOrder("Gone", "Back", "Present");
            try (var again = hello(back)) {
                assertThat(status(again, s -> true).getInt("position")).as("back within the grace period").isEqualTo(2);
                // The open lines' heartbeat (every 20 s; two chances) counts them as present at the moved clock.
                await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                        .until(() -> seenAt(presentId).isAfter(greeted.plusSeconds(40)));

                TestOrganisation.advanceClockAndSweep(30);

                assertThat(waitingNames()).as("75 s: the line closed for good is gone; open ones stay")
                        .containsExactlyInAnyOrder("Back", "Present");
                assertThat(status(presentLine, s -> s.getInt("position") == 2).getInt("position")).isEqualTo(2);
                assertThat(status(again, s -> s.getInt("position") == 1).getInt("position")).isEqualTo(1);
            }
        }
    }

    private static LiveLine hello(Customer customer) {
        var line = LiveLine.customer();
        line.send("{\"type\":\"hello\",\"token\":\"" + customer.token() + "\",\"afterSeq\":0}");
        return line;
    }

    private static JsonObject status(LiveLine line, java.util.function.Predicate<JsonObject> matching) {
        return line.next(frame -> frame.getString("type").equals("status") && matching.test(frame), WAIT);
    }

    /** Who waits in the queue, first in line first, as the agent sees it (a staff read: no sign of life). */
    private List<String> waitingNames() {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("queueId").longValue() == queue)
                .map(c -> c.getString("customerName", null)).toList();
    }

    private long waitingId(String name) {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).stream().map(c -> c.asJsonObject())
                .filter(c -> name.equals(c.getString("customerName", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** When the server last counted the customer as present (UTC), read from the server's database. */
    private static LocalDateTime seenAt(long conversationId) throws SQLException {
        try (var db = database(); var query = db.prepareStatement("SELECT customer_seen_at FROM conversations WHERE id = ?")) {
            query.setLong(1, conversationId);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getTimestamp(1).toLocalDateTime();
            }
        }
    }

    // MariaDB as the server reaches it, or the server's own H2 file, which it shares (AUTO_SERVER).
    private static Connection database() throws SQLException {
        if (TestDatabase.isMariaDb()) {
            return TestDatabase.connect();
        }
        var file = TestServer.directory().resolve("data/tiski");
        return DriverManager.getConnection("jdbc:h2:file:" + file + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE",
                "sa", "");
    }
}
