package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer's side of a queue, through the widget's public API. */
class WaitingLineIT {

    private TestOrganisation org;
    private StaffClient admin;
    private long queue;

    @BeforeEach
    void openQueue() {
        org = TestOrganisation.create("Line");
        admin = org.admin();
        queue = org.emptyQueueId();
        assertThat(admin.api("POST", "queues/" + queue + "/open", null).statusCode()).isEqualTo(200);
    }

    @Test
    void customersJoinSeeTheirPlaceAndLeave() {
        var first = new Customer();
        var second = new Customer();

        var started = first.start(queue, "Ma\u200bija\u202e");
        assertThat(started.statusCode()).isEqualTo(201);
        assertThat(first.token()).as("256-bit URL-safe token").matches("[A-Za-z0-9_-]{43}");
        var waiting = StaffClient.object(started);
        assertThat(waiting.getString("status")).isEqualTo("WAITING");
        assertThat(waiting.getInt("position")).isEqualTo(1);
        assertThat(waiting.isNull("estimatedWaitSeconds")).as("no history, no invented estimate").isTrue();
        assertThat(second.start(queue, "Matti").statusCode()).isEqualTo(201);
        assertThat(second.conversation().getInt("position")).isEqualTo(2);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        assertThat(StaffClient.array(org.agent().api("GET", "agent/waiting", null)).stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("queueId").longValue() == queue).map(c -> c.getString("customerName")))
                .as("agents see the name without its invisible characters").contains("Maija");

        assertThat(first.send("DELETE", "conversation", null).statusCode()).isEqualTo(204);

        assertThat(first.conversation().getString("status")).isEqualTo("ENDED");
        assertThat(second.conversation().getInt("position")).isEqualTo(1);
    }

    @Test
    void closedQueueTurnsNewCustomersAwayButKeepsThoseWaiting() {
        var waiting = new Customer();
        waiting.start(queue, "Early");
        admin.api("POST", "queues/" + queue + "/close", null);

        var late = new Customer().start(queue, "Late");

        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(late).getString("detail")).isEqualTo(
                "Queue " + org.name() + " empty is closed now. Please leave a message instead.");
        assertThat(waiting.conversation().getString("status")).isEqualTo("WAITING");
        assertThat(waiting.conversation().getInt("position")).isEqualTo(1);
    }

    @Test
    void aCustomerWhoseWidgetWentSilentLeavesAfterTheGracePeriod() {
        var silent = new Customer();
        var present = new Customer();
        silent.start(queue, "Gone");
        present.start(queue, "Here");
        try {
            TestOrganisation.advanceClockAndSweep(45);
            assertThat(present.conversation().getInt("position")).as("45 s silent is within the grace period").isEqualTo(2);

            TestOrganisation.advanceClockAndSweep(30);
        } finally {
            TestOrganisation.advanceClockAndSweep(null);
        }

        assertThat(present.conversation().getInt("position")).as("75 s silent is not").isEqualTo(1);
        assertThat(silent.conversation().getString("status")).isEqualTo("ENDED");
    }

    @Test
    void badRequestsAreExplainedAndChangeNothing() {
        var customer = new Customer();

        assertThat(customer.start(999_999_999L, "Nobody").statusCode()).isEqualTo(404);
        assertThat(customer.send("POST", "conversations", "{\"queueId\":" + queue + ",\"startKey\":\"short\"}").statusCode())
                .isEqualTo(400);
        assertThat(customer.send("POST", "conversations", "{}").statusCode()).isEqualTo(400);
        customer.useToken("A".repeat(43));
        assertThat(customer.send("GET", "conversation", null).statusCode()).as("forged token").isEqualTo(404);
        customer.useToken("../../etc/passwd");
        assertThat(customer.send("GET", "conversation", null).statusCode()).isEqualTo(404);
        assertThat(waitingCount()).isZero();
    }

    @Test
    void twentySimultaneousStartsFromOneBrowserMakeOneConversation() throws Exception {
        var browser = new Customer();
        int attempts = 20;
        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(attempts);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    var response = browser.start(queue, "Eager");
                    return response.statusCode() + " " + StaffClient.object(response).getString("token");
                }));
            }
            go.countDown();
            List<String> statuses = new ArrayList<>();
            var tokens = new HashSet<String>();
            for (var answer : answers) {
                String[] parts = answer.get(60, TimeUnit.SECONDS).split(" ");
                statuses.add(parts[0]);
                tokens.add(parts[1]);
            }

            assertThat(statuses).containsOnly("201", "200");
            assertThat(statuses.stream().filter("201"::equals).count()).isEqualTo(1);
            assertThat(tokens).hasSize(1);
            assertThat(waitingCount()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void estimateFollowsHowFastTheLineMoved() {
        var agent = org.agent();
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        var served = new Customer();
        served.start(queue, "First");
        long id = StaffClient.array(agent.api("GET", "agent/waiting", null)).stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("queueId").longValue() == queue).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertThat(agent.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);

        var next = new Customer();
        var waiting = StaffClient.object(next.start(queue, "Second"));

        assertThat(waiting.isNull("estimatedWaitSeconds")).isFalse();
        assertThat(waiting.getJsonNumber("estimatedWaitSeconds").longValue()).isBetween(0L, 60L);
        assertThat(served.conversation().getString("status")).isEqualTo("ACTIVE");
        assertThat(served.conversation().getString("agentName")).isEqualTo(org.name() + " Agent");
    }

    private int waitingCount() {
        var agent = org.agent();
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        return (int) StaffClient.array(agent.api("GET", "agent/waiting", null)).stream()
                .filter(c -> c.asJsonObject().getJsonNumber("queueId").longValue() == queue).count();
    }
}
