package io.tiski.routing;

import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.StaffClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * The routing benchmark's agents: each holds the desk's live line (/ws/agent) on the server it
 * logged in on, accepts every offer pushed to it at once, holds the chat a while and ends it. They
 * count the chat slots in use (from an accept answered until its end is answered), so a run can
 * show that they were never the limit.
 */
final class OfferTakingAgents implements AutoCloseable {

    private final long holdMillis;
    private final int offerTimeoutSeconds;
    private final Function<String, BenchCustomer> customerNamed;
    private final List<LeanLine> lines = new ArrayList<>();
    private final ExecutorService accepting;
    private final ScheduledExecutorService ending = Executors.newScheduledThreadPool(4);
    private final AtomicInteger occupied = new AtomicInteger();
    /** Agents' lines that ended before the benchmark closed them: such an agent stays online but sees no offer. */
    private final AtomicInteger linesLost = new AtomicInteger();
    private volatile boolean closing;

    OfferTakingAgents(List<StaffClient> agents, int clientThreads, long holdMillis, int offerTimeoutSeconds,
                      Function<String, BenchCustomer> customerNamed) {
        this.holdMillis = holdMillis;
        this.offerTimeoutSeconds = offerTimeoutSeconds;
        this.customerNamed = customerNamed;
        this.accepting = Executors.newFixedThreadPool(clientThreads);
        HttpClient client = LeanLine.sharedClient(2);
        for (var agent : agents) {
            Set<Long> handled = ConcurrentHashMap.newKeySet();
            lines.add(LeanLine.open(client, agent.base(), "ws/agent", agent.cookieHeader(), text -> {
                long shownAt = System.nanoTime();
                if (text.contains("\"inbox\"")) {
                    // Accepting is an HTTP call: made off the WebSocket's thread, as the desk does.
                    var inbox = Json.createReader(new StringReader(text)).readObject();
                    accepting.submit(() -> takeOffers(agent, inbox, shownAt, handled));
                }
            }, code -> {
                if (!closing) {
                    linesLost.incrementAndGet();
                }
            }).join());
        }
    }

    /** Chat slots in use right now. */
    int linesLost() {
        return linesLost.get();
    }

    int occupied() {
        return occupied.get();
    }

    private void takeOffers(StaffClient agent, JsonObject inbox, long shownAt, Set<Long> handled) {
        for (var value : inbox.getJsonArray("offers")) {
            var offer = value.asJsonObject();
            var waiting = offer.getJsonObject("customer");
            long id = waiting.getJsonNumber("id").longValue();
            var customer = customerNamed.apply(waiting.getString("customerName", ""));
            if (customer == null || !handled.add(id)) {
                continue;
            }
            var phase = customer.phase;
            if (customer.firstShown()) {
                long offeredAt = Instant.parse(offer.getString("expiresAt")).toEpochMilli() - offerTimeoutSeconds * 1000L;
                phase.joinToOfferMade.addMillis(offeredAt - customer.sentMillis);
                phase.shown(customer, shownAt - customer.dueNanos, !agent.base().equals(customer.base));
            }
            try {
                accept(agent, customer, id);
            } catch (RuntimeException e) {
                var cause = e.getCause() == null ? e : e.getCause();
                phase.incident("accept failed: " + cause);
            }
        }
    }

    private void accept(StaffClient agent, BenchCustomer customer, long id) {
        var phase = customer.phase;
        long start = System.nanoTime();
        var accepted = agent.api("POST", "agent/offers/" + id + "/accept", null);
        if (accepted.statusCode() != 200) {
            // Not an outcome: the server offers the customer to someone else.
            phase.incident("accept " + accepted.statusCode() + " " + StaffClient.object(accepted).getString("detail", ""));
            return;
        }
        occupied.incrementAndGet();
        ending.schedule(() -> {
            try {
                agent.api("POST", "agent/conversations/" + id + "/end", null);
            } finally {
                occupied.decrementAndGet();
            }
        }, holdMillis, TimeUnit.MILLISECONDS);
        // The widget learns that it is connected from its line's status frame, not by asking.
        customer.assigned.orTimeout(10, TimeUnit.SECONDS).whenComplete((heardAt, failure) -> {
            if (failure != null) {
                customer.end("no assigned status within 10 s of the accept");
            } else {
                phase.acceptToConnected.add(heardAt - start);
                customer.end(BenchCustomer.CONNECTED);
            }
        });
    }

    @Override
    public void close() {
        closing = true;
        lines.forEach(LeanLine::close);
        accepting.shutdownNow();
        ending.shutdownNow();
    }
}
