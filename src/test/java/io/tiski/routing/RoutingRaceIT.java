package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.Deployments;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many agents pick the same waiting customer at the same instant, round after round, while Tiski
 * offers that customer to one of them (the queue is in offer mode) and that agent tries to accept:
 * every round must end with exactly one owner. Rounds: {@code -Dtiski.race.rounds} (default 1000).
 */
@ExtendWith(ArquillianExtension.class)
class RoutingRaceIT {

    private static final int AGENTS = 50;
    private static final int ROUNDS = Integer.getInteger("tiski.race.rounds", 1000);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tiski();
    }

    /** Accepts the customer if Tiski has offered it to this agent by now, else picks it. */
    private static int takeByOfferOrPick(StaffClient agent, long id) {
        boolean offered = StaffClient.array(agent.api("GET", "agent/offers", null)).stream()
                .anyMatch(offer -> offer.asJsonObject().getJsonObject("customer").getJsonNumber("id").longValue() == id);
        return offered
                ? agent.api("POST", "agent/offers/" + id + "/accept", null).statusCode()
                : agent.api("POST", "agent/waiting/" + id + "/pick", null).statusCode();
    }

    @Test
    void fiftyAgentsPickingOneCustomerAlwaysMakeExactlyOneOwner() throws Exception {
        var org = TestOrganisation.create("Race");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("PUT", "queues/" + queue, "{\"name\":\"" + org.name() + " empty\",\"routingMode\":\"OFFER\","
                + "\"maxChatsPerAgent\":3,\"offerTimeoutSeconds\":5}");
        admin.api("POST", "queues/" + queue + "/open", null);
        org.onlineAgents(queue, "racer" + org.organisationId(), AGENTS);
        List<StaffClient> agents = new ArrayList<>();
        for (int i = 1; i <= AGENTS; i++) {
            agents.add(StaffClient.loggedIn("racer" + org.organisationId() + "-" + i, TestOrganisation.PASSWORD));
        }
        ExecutorService pool = Executors.newFixedThreadPool(AGENTS);
        int doubleOwners = 0;
        int noOwner = 0;
        int unexpected = 0;
        long started = System.nanoTime();
        try {
            for (int round = 0; round < ROUNDS; round++) {
                var customer = new Customer();
                customer.start(queue, "Round " + round);
                long id = StaffClient.array(agents.get(0).api("GET", "agent/waiting", null))
                        .getJsonObject(0).getJsonNumber("id").longValue();
                var barrier = new CyclicBarrier(AGENTS);
                List<Future<Integer>> picks = new ArrayList<>();
                for (var agent : agents) {
                    picks.add(pool.submit(() -> {
                        barrier.await();
                        return takeByOfferOrPick(agent, id);
                    }));
                }
                int owners = 0;
                int winner = -1;
                for (int i = 0; i < picks.size(); i++) {
                    int status = picks.get(i).get(60, TimeUnit.SECONDS);
                    if (status == 200) {
                        owners++;
                        winner = i;
                    } else if (status != 409) {
                        unexpected++;
                    }
                }
                if (owners > 1) {
                    doubleOwners++;
                } else if (owners == 0) {
                    noOwner++;
                } else {
                    assertThat(agents.get(winner).api("POST", "agent/conversations/" + id + "/end", null).statusCode())
                            .isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RoutingRaceIT: %d rounds, %d agents, %d double assignments, %d rounds without owner,"
                        + " %d unexpected answers, %.1f s (%.0f picks/s)%n",
                ROUNDS, AGENTS, doubleOwners, noOwner, unexpected, seconds, ROUNDS * AGENTS / seconds);

        assertThat(doubleOwners).as("rounds with two owners").isZero();
        assertThat(noOwner).as("rounds with no owner").isZero();
        assertThat(unexpected).as("answers other than 200 or 409").isZero();
    }
}
