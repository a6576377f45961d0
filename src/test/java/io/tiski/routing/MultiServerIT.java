package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Liberty servers on one database, as behind a load balancer: the {@link TestServer}
 * and a {@link SecondServer} in its own JVM. The pick race still finds one owner every time, and
 * killing one server hard while customers join and wait loses nobody and doubles nobody.
 */
@Tag("servers")
class MultiServerIT {

    @RegisterExtension
    static final SecondServer SECOND = SecondServer.shared();

    @Test
    @Tag("race")
    void agentsOnTwoServersPickingOneCustomerAlwaysMakeExactlyOneOwner() throws Exception {
        var org = TestOrganisation.create("Two servers");
        long queue = RoutingRaceIT.racingQueue(org);
        List<StaffClient> agents = new ArrayList<>();
        for (int i = 1; i <= RoutingRaceIT.AGENTS; i++) {
            var server = i % 2 == 0 ? SECOND.baseUri() : TestServer.baseUri();
            agents.add(StaffClient.loggedIn(server, "racer" + org.organisationId() + "-" + i, TestOrganisation.PASSWORD));
        }

        var outcome = PickRace.run(queue, agents, List.of(TestServer.baseUri(), SECOND.baseUri()), RoutingRaceIT.ROUNDS);

        outcome.print("MultiServerIT (two servers)");
        outcome.assertOneOwnerEveryRound();
    }

    /**
     * Customers join through the second server while agents on the first pick them; the second
     * server is killed (SIGKILL) at a random moment. Customers whose join got no answer retry
     * through the first server with the same start key, as the widget does; waiting customers keep
     * asking for news there. After the second server is back, every customer is in exactly one
     * conversation, waiting or with one agent, and the line has no gaps and no duplicates.
     */
    @Test
    void killingAServerWhileCustomersWaitLosesAndDoublesNobody() throws Exception {
        var org = TestOrganisation.create("Restart");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        String prefix = "restart" + org.organisationId();
        org.onlineAgents(queue, prefix, 3);
        List<StaffClient> agents = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            agents.add(StaffClient.loggedIn(prefix + "-" + i, TestOrganisation.PASSWORD));
        }
        URI first = TestServer.baseUri();
        int customers = 40;
        List<Customer> all = new ArrayList<>();
        for (int i = 0; i < customers; i++) {
            all.add(new Customer(SECOND.baseUri()));
        }
        var unanswered = ConcurrentHashMap.<Customer>newKeySet();
        var picked = new AtomicInteger();
        var stop = new AtomicBoolean();
        var pool = Executors.newFixedThreadPool(3);
        int killAfter = 5 + ThreadLocalRandom.current().nextInt(25);
        try {
            // Agents on the first server take customers while all this goes on.
            var picking = pool.submit(() -> {
                while (!stop.get()) {
                    for (var agent : agents) {
                        var waiting = StaffClient.array(agent.api("GET", "agent/waiting", null));
                        if (!waiting.isEmpty() && agent.api("POST", "agent/waiting/"
                                + waiting.getJsonObject(0).getJsonNumber("id").longValue() + "/pick", null).statusCode() == 200) {
                            picked.incrementAndGet();
                        }
                    }
                    // Pacing, not waiting: each agent looks at the line five times a second.
                    Thread.sleep(200);
                }
                return null;
            });
            var joining = pool.submit(() -> {
                for (int i = 0; i < customers; i++) {
                    var customer = all.get(i);
                    try {
                        int status = customer.start(queue, "Customer " + i).statusCode();
                        if (status != 201) {
                            unanswered.add(customer);
                        }
                    } catch (IllegalStateException connectionLost) {
                        unanswered.add(customer);
                    }
                }
                return null;
            });
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                    .until(() -> all.stream().filter(c -> c.token() != null).count() >= killAfter);
            SECOND.killHard();
            System.out.printf("MultiServerIT: second server killed after %d of %d joins%n", killAfter, customers);
            joining.get(120, TimeUnit.SECONDS);

            // The load balancer now sends everyone to the first server; unanswered starts are repeated there.
            all.forEach(customer -> customer.via(first));
            int retried = 0;
            for (var customer : unanswered) {
                int status = customer.start(queue, "Retry").statusCode();
                assertThat(status).as("a repeated start answers the conversation or makes one").isIn(200, 201);
                retried++;
            }
            var keepAlive = Executors.newSingleThreadScheduledExecutor();
            keepAlive.scheduleAtFixedRate(() -> all.forEach(customer -> {
                try {
                    customer.send("GET", "conversation", null);
                } catch (IllegalStateException ignored) {
                    // the server being switched; the next round asks again
                }
            }), 0, 5, TimeUnit.SECONDS);
            try {
                SECOND.restart();
                all.forEach(customer -> customer.via(SECOND.baseUri()));
                stop.set(true);
                picking.get(60, TimeUnit.SECONDS);

                var statuses = all.stream().map(Customer::conversation).toList();
                long active = statuses.stream().filter(s -> s.getString("status").equals("ACTIVE")).count();
                List<Integer> positions = statuses.stream().filter(s -> s.getString("status").equals("WAITING"))
                        .map(s -> s.getInt("position")).sorted().toList();
                Set<Long> inQueue = new HashSet<>();
                int waitingRows = 0;
                for (JsonValue row : StaffClient.array(agents.get(0).api("GET", "agent/waiting", null))) {
                    inQueue.add(((JsonObject) row).getJsonNumber("id").longValue());
                    waitingRows++;
                }
                int activeRows = 0;
                for (var agent : agents) {
                    for (JsonValue row : StaffClient.array(agent.api("GET", "agent/conversations", null))) {
                        inQueue.add(((JsonObject) row).getJsonNumber("id").longValue());
                        activeRows++;
                    }
                }
                System.out.printf("MultiServerIT: %d customers, %d starts unanswered and repeated, %d picked,"
                                + " after restart %d waiting and %d with an agent, %d conversations in the queue%n",
                        customers, retried, picked.get(), positions.size(), active, inQueue.size());

                assertThat(statuses).as("nobody lost").allSatisfy(s -> assertThat(s.getString("status")).isIn("WAITING", "ACTIVE"));
                assertThat(inQueue).as("one conversation per customer").hasSize(customers);
                assertThat(waitingRows + activeRows).as("no conversation listed twice").isEqualTo(customers);
                assertThat(active).isEqualTo(activeRows);
                assertThat(positions).as("a line without gaps or duplicates")
                        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, positions.size()).boxed().toList());
            } finally {
                keepAlive.shutdownNow();
            }
        } finally {
            stop.set(true);
            pool.shutdownNow();
        }
    }
}
