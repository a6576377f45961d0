package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Round after round, one customer joins an offer-mode queue and every agent tries to take it at
 * the same instant: accepting if Tiski has offered it to them by then, picking it otherwise.
 * Counts rounds that ended with two owners or none; each owner ends the chat for the next round.
 */
final class PickRace {

    /**
     * What the race saw. {@code unexpected} counts answers other than 200 and 409 by status, with
     * the body of the first of each status, so a failure says what went wrong, not only that it did.
     */
    record Outcome(int rounds, int agents, int doubleOwners, int noOwner, Map<Integer, Integer> unexpected,
                   Map<Integer, String> firstUnexpectedBody, double seconds) {

        void print(String test) {
            System.out.printf("%s: %d rounds, %d agents (%d concurrent takes), %d double assignments,"
                            + " %d rounds without owner, unexpected answers %s, %.1f s (%.0f takes/s)%n",
                    test, rounds, agents, rounds * agents, doubleOwners, noOwner, unexpected, seconds,
                    rounds * agents / seconds);
            firstUnexpectedBody.forEach((status, body) -> System.out.printf("%s: first %d answer: %s%n", test, status, body));
        }

        void assertOneOwnerEveryRound() {
            assertThat(doubleOwners).as("rounds with two owners").isZero();
            assertThat(noOwner).as("rounds with no owner").isZero();
            assertThat(unexpected).as("answers other than 200 or 409, by status (first bodies: %s)", firstUnexpectedBody)
                    .isEmpty();
        }
    }

    private PickRace() {
    }

    /** Customers join through {@code customerServers} in turn; {@code agents} may be signed in to different servers. */
    static Outcome run(long queue, List<StaffClient> agents, List<URI> customerServers, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(agents.size());
        int doubleOwners = 0;
        int noOwner = 0;
        Map<Integer, Integer> unexpected = new TreeMap<>();
        Map<Integer, String> firstUnexpectedBody = new TreeMap<>();
        long started = System.nanoTime();
        try {
            for (int round = 0; round < rounds; round++) {
                var customer = new Customer(customerServers.get(round % customerServers.size()));
                customer.start(queue, "Round " + round);
                long id = StaffClient.array(agents.get(0).api("GET", "agent/waiting", null))
                        .getJsonObject(0).getJsonNumber("id").longValue();
                var barrier = new CyclicBarrier(agents.size());
                List<Future<HttpResponse<String>>> takes = new ArrayList<>();
                for (var agent : agents) {
                    takes.add(pool.submit(() -> {
                        barrier.await();
                        return takeByOfferOrPick(agent, id);
                    }));
                }
                int owners = 0;
                int winner = -1;
                for (int i = 0; i < takes.size(); i++) {
                    var answer = takes.get(i).get(60, TimeUnit.SECONDS);
                    int status = answer.statusCode();
                    if (status == 200) {
                        owners++;
                        winner = i;
                    } else if (status != 409) {
                        unexpected.merge(status, 1, Integer::sum);
                        firstUnexpectedBody.putIfAbsent(status, answer.body());
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
        return new Outcome(rounds, agents.size(), doubleOwners, noOwner, unexpected, firstUnexpectedBody,
                (System.nanoTime() - started) / 1e9);
    }

    private static HttpResponse<String> takeByOfferOrPick(StaffClient agent, long id) {
        boolean offered = StaffClient.array(agent.api("GET", "agent/offers", null)).stream()
                .anyMatch(offer -> offer.asJsonObject().getJsonObject("customer").getJsonNumber("id").longValue() == id);
        return offered
                ? agent.api("POST", "agent/offers/" + id + "/accept", null)
                : agent.api("POST", "agent/waiting/" + id + "/pick", null);
    }
}
