package io.tiski.routing;

import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;

/**
 * Routing benchmark, not part of the test suite (run it by name, see the README). Customers join
 * an offer-mode queue at a fixed rate; each agent holds the desk's live line (/ws/agent), accepts
 * every offer pushed to them, holds the chat a while and ends it. Prints percentiles of join →
 * offer made (server time of the offer), join → offer shown to the agent (pushed message received),
 * and accept → both sides connected (accept answered and the customer's status says ACTIVE).
 * Settings: {@code -Dbench.rate} joins/s (50), {@code -Dbench.seconds} (30), {@code -Dbench.warmupSeconds}
 * (60, not measured: the JIT needs that long), {@code -Dbench.agents} (40), {@code -Dbench.holdMillis} (2000).
 */
class RoutingBenchmark {

    private static final int RATE = Integer.getInteger("bench.rate", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 60);
    private static final int AGENTS = Integer.getInteger("bench.agents", 40);
    private static final long HOLD_MILLIS = Long.getLong("bench.holdMillis", 2000);
    private static final int OFFER_TIMEOUT_SECONDS = 30;

    private volatile long queueId;
    private final Map<String, Long> joinedAt = new ConcurrentHashMap<>();
    private final Map<String, Customer> customers = new ConcurrentHashMap<>();
    private final AtomicInteger joinNumber = new AtomicInteger();
    private final List<Long> joinToOfferMade = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> joinToOfferSeen = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> acceptToConnected = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    private final AtomicInteger connected = new AtomicInteger();

    @Test
    void joinsOffersAndAccepts() {
        var org = TestOrganisation.create("Bench");
        long queue = org.emptyQueueId();
        queueId = queue;
        var admin = org.admin();
        admin.api("PUT", "queues/" + queue, "{\"routingMode\":\"OFFER\",\"maxChatsPerAgent\":3,\"offerTimeoutSeconds\":"
                + OFFER_TIMEOUT_SECONDS + "}");
        admin.api("POST", "queues/" + queue + "/open", null);
        String prefix = "bench" + org.organisationId();
        org.onlineAgents(queue, prefix, AGENTS);
        List<StaffClient> agents = new ArrayList<>();
        for (int i = 1; i <= AGENTS; i++) {
            agents.add(StaffClient.loggedIn(prefix + "-" + i, TestOrganisation.PASSWORD));
        }

        ScheduledExecutorService agentThreads = Executors.newScheduledThreadPool(AGENTS);
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(8);
        List<LiveLine> feeds = new ArrayList<>();
        for (var agent : agents) {
            Set<Long> handled = ConcurrentHashMap.newKeySet();
            // Accepting is an HTTP call: done off the WebSocket's thread, as a desk would.
            feeds.add(LiveLine.agent(agent, inbox -> {
                if (!"inbox".equals(inbox.getString("type", ""))) {
                    return;
                }
                long shownAt = System.currentTimeMillis();
                agentThreads.submit(() -> takeOffers(agent, inbox, shownAt, handled, timers));
            }));
        }
        // A cold server (JIT, pools) answers slowly at first and the backlog would spoil the figures.
        runJoins(WARMUP_SECONDS);
        joinToOfferMade.clear();
        joinToOfferSeen.clear();
        acceptToConnected.clear();
        errors.set(0);
        errorKinds.clear();
        connected.set(0);
        int total = RATE * SECONDS;
        long started = System.nanoTime();
        runJoins(SECONDS);
        double seconds = (System.nanoTime() - started) / 1e9;
        feeds.forEach(LiveLine::close);
        agentThreads.shutdownNow();
        timers.shutdownNow();

        System.out.printf("RoutingBenchmark: %d joins at %d/s after %d s warm-up, %d agents on the live line"
                + " (max 3 chats, hold %d ms)%n", total, RATE, WARMUP_SECONDS, AGENTS, HOLD_MILLIS);
        System.out.printf("  connected %d of %d in %.1f s (%.1f chats/s), errors %d%n",
                connected.get(), total, seconds, connected.get() / seconds, errors.get());
        errorKinds.forEach((kind, count) -> System.out.printf("  error: %s x%d%n", kind, count.get()));
        print("join -> offer made (server)", joinToOfferMade);
        print("join -> offer shown to agent", joinToOfferSeen);
        print("accept -> both connected", acceptToConnected);
    }

    /** Joins customers at the fixed rate for the given time, then waits until they are connected. */
    private void runJoins(int seconds) {
        int total = RATE * seconds;
        int connectedBefore = connected.get();
        var joins = Executors.newScheduledThreadPool(16);
        AtomicInteger sent = new AtomicInteger();
        var ticker = joins.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() <= total) {
                joins.submit(this::join);
            }
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        await().atMost(Duration.ofSeconds(seconds + 10L)).until(() -> sent.get() >= total);
        ticker.cancel(false);
        try {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> connected.get() - connectedBefore + errors.get() >= total);
        } catch (ConditionTimeoutException e) {
            System.out.println("RoutingBenchmark: not every customer was connected within 20 s of the last join");
        }
        joins.shutdownNow();
    }

    private void join() {
        String name = "Bench " + joinNumber.incrementAndGet();
        var customer = new Customer();
        customers.put(name, customer);
        joinedAt.put(name, System.currentTimeMillis());
        var started = customer.start(queueId, name);
        if (started.statusCode() != 201) {
            error("join " + started.statusCode());
        }
    }

    /** One pushed inbox: the agent takes each new offer in it, holds the chat, then ends it. */
    private void takeOffers(StaffClient agent, JsonObject inbox, long seenAt, Set<Long> handled,
                            ScheduledExecutorService timers) {
        try {
            for (var value : inbox.getJsonArray("offers")) {
                var offer = value.asJsonObject();
                var customer = offer.getJsonObject("customer");
                long id = customer.getJsonNumber("id").longValue();
                String name = customer.getString("customerName", "");
                Long joined = joinedAt.get(name);
                if (!handled.add(id) || joined == null) {
                    continue;
                }
                long offeredAt = Instant.parse(offer.getString("expiresAt")).toEpochMilli()
                        - OFFER_TIMEOUT_SECONDS * 1000L;
                joinToOfferMade.add(offeredAt - joined);
                joinToOfferSeen.add(seenAt - joined);
                long acceptStart = System.currentTimeMillis();
                var accepted = agent.api("POST", "agent/offers/" + id + "/accept", null);
                if (accepted.statusCode() != 200) {
                    error("accept " + accepted.statusCode() + " " + StaffClient.object(accepted).getString("detail", ""));
                    continue;
                }
                String status = customers.get(name).conversation().getString("status");
                if (!"ACTIVE".equals(status)) {
                    error("customer sees " + status);
                    continue;
                }
                acceptToConnected.add(System.currentTimeMillis() - acceptStart);
                connected.incrementAndGet();
                timers.schedule(() -> agent.api("POST", "agent/conversations/" + id + "/end", null),
                        HOLD_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            var cause = e.getCause() == null ? e : e.getCause();
            error(cause.getClass().getSimpleName() + " " + cause.getMessage());
        }
    }

    private void error(String kind) {
        errors.incrementAndGet();
        errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static void print(String label, List<Long> millis) {
        var sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("  %-30s no samples%n", label);
            return;
        }
        System.out.printf("  %-30s n=%d p50=%d ms p95=%d ms p99=%d ms max=%d ms%n", label, sorted.size(),
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}
