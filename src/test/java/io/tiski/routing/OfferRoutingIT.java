package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Offer (push) routing: who gets offered whom, accept, reject, timeout, presence. */
class OfferRoutingIT {

    private static final Duration OFFER_ARRIVES = Duration.ofSeconds(10);

    private TestOrganisation org;
    private long queue;
    private StaffClient first;
    private StaffClient second;

    @BeforeEach
    void offerQueueWithTwoOnlineAgents() {
        org = TestOrganisation.create("Offer");
        var admin = org.admin();
        queue = org.emptyQueueId();
        assertThat(admin.api("PUT", "queues/" + queue,
                "{\"name\":\"" + org.name() + " empty\",\"routingMode\":\"OFFER\",\"offerTimeoutSeconds\":20}").statusCode())
                .isEqualTo(200);
        admin.api("POST", "queues/" + queue + "/open", null);
        String prefix = "offer" + org.organisationId();
        org.onlineAgents(queue, prefix, 2);
        first = StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
        second = StaffClient.loggedIn(prefix + "-2", TestOrganisation.PASSWORD);
    }

    @Test
    void eachCustomerIsOfferedToOneFreeAgentAndAcceptedOnce() {
        var anna = new Customer();
        anna.start(queue, "Anna");
        long annaId = awaitOfferTo(first);

        var bert = new Customer();
        bert.start(queue, "Bert");
        long bertId = awaitOfferTo(second);

        assertThat(offersOf(first)).as("one offer at a time").containsExactly(annaId);
        assertThat(first.api("POST", "agent/offers/" + annaId + "/accept", null).statusCode()).isEqualTo(200);
        assertThat(second.api("POST", "agent/offers/" + annaId + "/accept", null).statusCode())
                .as("not offered to the second agent").isEqualTo(409);
        assertThat(second.api("POST", "agent/offers/" + bertId + "/accept", null).statusCode()).isEqualTo(200);
        assertThat(anna.conversation().getString("status")).isEqualTo("ACTIVE");
        assertThat(bert.conversation().getString("agentName")).endsWith(" 2");
    }

    @Test
    void aRejectedCustomerGoesToTheNextAgentAndNeverBack() {
        var customer = new Customer();
        customer.start(queue, "Carla");
        long id = awaitOfferTo(first);

        assertThat(first.api("POST", "agent/offers/" + id + "/reject", null).statusCode()).isEqualTo(204);

        assertThat(awaitOfferTo(second)).isEqualTo(id);
        assertThat(second.api("POST", "agent/offers/" + id + "/reject", null).statusCode()).isEqualTo(204);
        assertThat(offersOf(first)).as("the first agent rejected this customer already").isEmpty();
        assertThat(customer.conversation().getString("status")).isEqualTo("WAITING");
        assertThat(customer.conversation().getInt("position")).isEqualTo(1);
    }

    @Test
    void anOfferThatRunsOutPassesOn() {
        var customer = new Customer();
        customer.start(queue, "Dora");
        long id = awaitOfferTo(first);

        try {
            TestOrganisation.advanceClockAndSweep(21);
            assertThat(awaitOfferTo(second)).isEqualTo(id);
            assertThat(first.api("POST", "agent/offers/" + id + "/accept", null).statusCode()).isEqualTo(409);
        } finally {
            TestOrganisation.advanceClockAndSweep(null);
        }
    }

    @Test
    void onlyOnlineAgentsAreOfferedAndComingOnlineBringsTheOffer() {
        first.api("PUT", "agent/presence", "{\"presence\":\"AWAY\"}");
        second.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
        var customer = new Customer();
        customer.start(queue, "Eero");
        TestOrganisation.advanceClockAndSweep(0);

        assertThat(offersOf(first)).isEmpty();
        assertThat(offersOf(second)).isEmpty();

        first.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        long id = awaitOfferTo(first);
        assertThat(first.api("POST", "agent/offers/" + id + "/accept", null).statusCode()).isEqualTo(200);
    }

    private static long awaitOfferTo(StaffClient agent) {
        return await().atMost(OFFER_ARRIVES).pollInterval(Duration.ofMillis(100))
                .until(() -> offersOf(agent), offers -> !offers.isEmpty()).get(0);
    }

    private static List<Long> offersOf(StaffClient agent) {
        return StaffClient.array(agent.api("GET", "agent/offers", null)).stream()
                .map(offer -> offer.asJsonObject().getJsonObject("customer").getJsonNumber("id").longValue())
                .toList();
    }
}
