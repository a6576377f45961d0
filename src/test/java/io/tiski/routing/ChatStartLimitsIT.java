package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A script cannot fill a queue: chat starts are limited per client address and per organisation
 * (429 with Retry-After and a message for the customer), and a queue takes at most its "max
 * customers waiting" (a clear message, nothing stored). The test server allows 50 starts per
 * address (the browser tests all come from one) and 200 per organisation before the steady rates
 * (one a minute per address, ten a second per organisation).
 */
class ChatStartLimitsIT {

    private static final int BURST_PER_ADDRESS = 50;
    private static final int BURST_PER_ORGANISATION = 200;

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;
    private long queue;

    @BeforeEach
    void openQueue() {
        org = TestOrganisation.create("Start limits");
        admin = org.admin();
        queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue, "{\"maxWaiting\":10000}");
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        agent = org.agent();
    }

    @Test
    void oneAddressGetsItsBurstAndThenWaits() {
        String script = "10.66.0.1";
        List<Customer> started = new ArrayList<>();
        int refused = 0;
        HttpResponse<String> firstRefusal = null;
        long began = System.nanoTime();
        for (int i = 0; i < 200; i++) {
            var customer = new Customer().from(script);
            var answer = customer.start(queue, "Bot " + i);
            if (answer.statusCode() == 201) {
                started.add(customer);
            } else {
                assertThat(answer.statusCode()).isEqualTo(429);
                firstRefusal = firstRefusal == null ? answer : firstRefusal;
                refused++;
            }
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("Chat starts from one address: %d tried in %.1f s, %d accepted, %d refused%n",
                200, seconds, started.size(), refused);

        assertThat(started).hasSize(BURST_PER_ADDRESS);
        assertThat(firstRefusal.headers().firstValue("Retry-After")).hasValueSatisfying(
                after -> assertThat(Long.parseLong(after)).isBetween(1L, 60L));
        assertThat(StaffClient.object(firstRefusal).getString("detail"))
                .isEqualTo("Too many chats have been started from here just now. Please try again in a moment.");
        assertThat(waitingCount()).isEqualTo(BURST_PER_ADDRESS);
        assertThat(new Customer().start(queue, "Someone else").statusCode()).as("another address is not held up").isEqualTo(201);
        var again = started.get(0);
        assertThat(again.start(queue, "Bot 0").statusCode()).as("a chat picked up again by its start key is no new start")
                .isEqualTo(200);
    }

    @Test
    void oneOrganisationGetsItsBurstFromManyAddresses() {
        int accepted = 0;
        HttpResponse<String> refusal = null;
        long began = System.nanoTime();
        for (int i = 0; i < 1000 && refusal == null; i++) {
            var answer = new Customer().start(queue, "Botnet " + i);
            if (answer.statusCode() == 201) {
                accepted++;
            } else {
                refusal = answer;
            }
        }

        double seconds = (System.nanoTime() - began) / 1e9;
        System.out.printf("Chat starts in one organisation from many addresses: %d accepted in %.1f s before the first refusal%n",
                accepted, seconds);
        // The steady rate (ten a second) adds tokens while the burst is used.
        assertThat(accepted).isBetween(BURST_PER_ORGANISATION, BURST_PER_ORGANISATION + (int) Math.ceil(seconds * 10) + 1);
        assertThat(refusal).isNotNull();
        assertThat(refusal.statusCode()).isEqualTo(429);
        var other = TestOrganisation.create("Start limits other");
        other.admin().api("POST", "queues/" + other.emptyQueueId() + "/open", null);
        assertThat(new Customer().start(other.emptyQueueId(), "Elsewhere").statusCode())
                .as("another organisation is not held up").isEqualTo(201);
    }

    @Test
    void aFullQueueTurnsTheNextCustomerAwayUntilSomeoneLeaves() {
        var limit = admin.api("PUT", "queues/" + queue, "{\"maxWaiting\":3}");
        assertThat(limit.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(limit).getInt("maxWaiting")).isEqualTo(3);
        var first = new Customer();
        first.start(queue, "One");
        new Customer().start(queue, "Two");
        new Customer().start(queue, "Three");

        var fourth = new Customer();
        var full = fourth.start(queue, "Four");

        assertThat(full.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(full).getString("detail")).isEqualTo("The queue is full right now. Please try again in a few minutes.");
        assertThat(waitingCount()).isEqualTo(3);

        first.send("DELETE", "conversation", null);
        assertThat(fourth.start(queue, "Four").statusCode()).isEqualTo(201);

        var invalid = admin.api("PUT", "queues/" + queue, "{\"maxWaiting\":0}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(invalid).getJsonObject("fields").getString("maxWaiting"))
                .isEqualTo("Max customers waiting must be from 1 to 10,000.");
    }

    private long waitingCount() {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).stream()
                .filter(c -> c.asJsonObject().getJsonNumber("queueId").longValue() == queue).count();
    }
}
