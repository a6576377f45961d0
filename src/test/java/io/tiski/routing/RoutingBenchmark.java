package io.tiski.routing;

import io.tiski.queue.entity.Queue;
import io.tiski.testsupport.BenchmarkResult;
import io.tiski.testsupport.CpuMeter;
import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.ServerProcess;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestDatabase;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.ThreadProfile;
import io.tiski.testsupport.Timings;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Routing benchmark, not part of the test suite (run it by name, see the README). Measures the
 * issue's figure, join → offer shown at {@code bench.offerTargetRate} joins/s (50) with {@code
 * bench.agents} agents online (200), and finds the dispatch ceiling of an offer-mode queue: the
 * highest join rate at which the waiting line stays bounded. Customers join at a fixed rate in
 * stages ({@code bench.startRate}, then {@code bench.rateStep} more each stage, up to {@code
 * bench.maxRate}), each stage {@code bench.seconds} long after a warm-up. Like the widget, each
 * customer holds its line (/ws/customer) from its start and hears its status there; nobody polls.
 * Agents hold the desk's live line, accept every offer at once and hold each chat {@code
 * bench.holdMillis}; there are enough of them that they are never the limit (their idle share is
 * printed). Each customer is counted in the stage it joined in: joined = connected + still waiting
 * + errors by kind. Each stage prints where the servers' time went (thread dumps of the first
 * server's JVM, CPU of the processes, the database's counters on MariaDB). With {@code
 * bench.servers=2} a second server shares the work: half the agents and every other customer are
 * on it. Before the stages, on MariaDB, customers wait in a queue nobody serves while the
 * database's writes are counted ({@link IdleLineWrites}). The run ends with a RESULT line.
 */
class RoutingBenchmark {

    private static final int SERVERS = Integer.getInteger("bench.servers", 1);
    private static final int START_RATE = Integer.getInteger("bench.startRate", 10);
    private static final int RATE_STEP = Integer.getInteger("bench.rateStep", 10);
    private static final int MAX_RATE = Integer.getInteger("bench.maxRate", 80);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 30);
    private static final int WARMUP_RATE = Integer.getInteger("bench.warmupRate", 20);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 60);
    private static final int DRAIN_SECONDS = Integer.getInteger("bench.drainSeconds", 30);
    private static final int CHATS_PER_AGENT = Integer.getInteger("bench.chatsPerAgent", 3);
    private static final long HOLD_MILLIS = Long.getLong("bench.holdMillis", 2000);
    private static final int CLIENT_THREADS = Integer.getInteger("bench.clientThreads", 32);
    private static final long PROFILE_MILLIS = Long.getLong("bench.profileMillis", 1000);
    /**
     * The issue's 200 agents online, or more if half their capacity would not stay unused at the
     * highest rate tried.
     */
    private static final int AGENTS = Integer.getInteger("bench.agents", Math.max(200,
            (int) Math.ceil(MAX_RATE * (HOLD_MILLIS + 250) / 1000.0 / (CHATS_PER_AGENT * 0.5))));
    /** The issue's target: join → offer shown p99 at most this at {@link #OFFER_TARGET_RATE}. */
    private static final long TARGET_OFFER_P99_MILLIS = Long.getLong("bench.targetOfferP99Millis", 100);
    private static final int OFFER_TARGET_RATE = Integer.getInteger("bench.offerTargetRate", 50);
    private static final int TARGET_RATE = Integer.getInteger("bench.targetRate", 30);
    private static final int OFFER_TIMEOUT_SECONDS = 30;
    private static final double LEAST_IDLE_SHARE = 0.2;

    /** The second server, started before the class only when the run asks for two. */
    @RegisterExtension
    static final Extension SECOND = SERVERS == 2 ? SecondServer.shared() : new Extension() { };

    private final Map<String, BenchCustomer> customers = new ConcurrentHashMap<>();
    private final AtomicInteger joinNumber = new AtomicInteger();
    private final ScheduledExecutorService client = Executors.newScheduledThreadPool(CLIENT_THREADS);
    /** One client for every customer's line, as for the agents' (LeanLine): no thread per line. */
    private final HttpClient lines = LeanLine.sharedClient(2);
    private final List<URI> servers = SERVERS == 2 ? List.of(TestServer.baseUri(), SecondServer.shared().baseUri())
            : List.of(TestServer.baseUri());
    private final List<Optional<ServerProcess>> processes = SERVERS == 2
            ? List.of(ServerProcess.named(TestServer.name()), ServerProcess.named(TestServer.name() + "-second"))
            : List.of(ServerProcess.named(TestServer.name()));
    private final Optional<ServerProcess> server = processes.get(0);
    private long queueId;
    private OfferTakingAgents agents;

    @Test
    void dispatchCeiling() throws Exception {
        if (SERVERS != 1 && SERVERS != 2) {
            throw new IllegalArgumentException("bench.servers is 1 or 2, not " + SERVERS);
        }
        var result = new BenchmarkResult("RoutingBenchmark");
        result.put("servers", SERVERS);
        var org = TestOrganisation.create("Bench");
        queueId = org.emptyQueueId();
        var admin = org.admin();
        // The longest line a queue allows: past the ceiling the line must grow (and show), not refuse joins.
        admin.api("PUT", "queues/" + queueId, "{\"routingMode\":\"OFFER\",\"maxChatsPerAgent\":" + CHATS_PER_AGENT
                + ",\"offerTimeoutSeconds\":" + OFFER_TIMEOUT_SECONDS + ",\"maxWaiting\":" + Queue.MAX_WAITING_LIMIT + "}");
        admin.api("POST", "queues/" + queueId + "/open", null);
        List<RoutingPhase> stages = new ArrayList<>();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        int slots = AGENTS * CHATS_PER_AGENT;
        try (var db = TestDatabase.isMariaDb() ? TestDatabase.connect() : null) {
            // Before any agent is online, so the writes counted are the waiting customers' and the servers' own.
            new IdleLineWrites(servers, lines, client).measure(org, admin, db, result);
            String prefix = "bench" + org.organisationId();
            org.onlineAgents(queueId, prefix, AGENTS);
            // Half the agents on each server: their live lines and their API calls.
            var staff = IntStream.rangeClosed(1, AGENTS).mapToObj(i -> CompletableFuture.supplyAsync(
                    () -> StaffClient.loggedIn(servers.get(i % SERVERS), prefix + "-" + i, TestOrganisation.PASSWORD),
                    client)).toList().stream().map(CompletableFuture::join).toList();
            agents = new OfferTakingAgents(staff, CLIENT_THREADS, HOLD_MILLIS, OFFER_TIMEOUT_SECONDS, this::waitingNamed);
            System.out.printf("RoutingBenchmark: %d server(s), %d agents x %d chats = %d slots (sized for %d joins/s"
                    + " held %d ms at half capacity), server pids %s%n", SERVERS, AGENTS, CHATS_PER_AGENT, slots, MAX_RATE,
                    HOLD_MILLIS, processes.stream().map(p -> p.map(s -> Long.toString(s.pid())).orElse("not found")).toList());
            // A cold server (JIT, pools) answers slowly at first; its backlog must not spoil a stage.
            var warmup = new RoutingPhase("warm-up", WARMUP_RATE, WARMUP_SECONDS);
            sampler.scheduleAtFixedRate(() -> sampleInto(warmup, stages), 250, 250, TimeUnit.MILLISECONDS);
            run(warmup);
            warmup.print(slots);
            for (int rate = START_RATE; rate <= MAX_RATE; rate += RATE_STEP) {
                var stage = new RoutingPhase("stage " + (stages.size() + 1), rate, SECONDS);
                stages.add(stage);
                measured(stage, db, slots);
                if (!stage.bounded() || agentsLimited(stage, slots) || clientLimited(stage)) {
                    break;
                }
            }
        } finally {
            sampler.shutdownNow();
            if (agents != null) {
                agents.close();
            }
            stages.forEach(stage -> stage.customers().forEach(BenchCustomer::hangUp));
            client.shutdownNow();
        }
        report(result, stages, slots);
    }

    private void sampleInto(RoutingPhase warmup, List<RoutingPhase> stages) {
        var phase = stages.isEmpty() ? warmup : stages.get(stages.size() - 1);
        phase.sample(System.nanoTime(), phase.waitingForOffer(), agents.occupied());
    }

    /** A stage with its profile: thread dumps of the first server, CPU of the processes, database counters. */
    private void measured(RoutingPhase stage, Connection db, int slots) throws SQLException {
        var cpu = processes.stream().map(CpuMeter::start).toList();
        var before = databaseCounters(db);
        ThreadProfile profile = server.filter(s -> PROFILE_MILLIS > 0)
                .map(s -> ThreadProfile.start(s, PROFILE_MILLIS)).orElse(null);
        long start = System.nanoTime();
        joinAtRate(stage);
        if (profile != null) {
            profile.close();
        }
        String cpuShares = cpu.get(0).describe();
        stage.serverCpu(cpu.stream().map(meter -> meter.shares().getOrDefault("server", Double.NaN)).toList());
        var after = databaseCounters(db);
        double window = (System.nanoTime() - start) / 1e9;
        drain(stage);
        stage.print(slots);
        System.out.println("  CPU while joining: " + cpuShares);
        if (SERVERS == 2) {
            System.out.printf(Locale.ROOT, "  CPU of each server while joining: first %.0f%%, second %.0f%% of one core%n",
                    stage.serverCpu().get(0), stage.serverCpu().get(1));
        }
        if (db != null) {
            System.out.printf(Locale.ROOT, "  database (global counters, every client of the server): %.0f statements/s,"
                            + " %d row lock waits, %d ms waited for row locks, %.0f commits/s%n",
                    (after.get("Questions") - before.get("Questions")) / window,
                    after.get("Innodb_row_lock_waits") - before.get("Innodb_row_lock_waits"),
                    after.get("Innodb_row_lock_time") - before.get("Innodb_row_lock_time"),
                    (after.get("Com_commit") - before.get("Com_commit")) / window);
        }
        if (profile != null) {
            profile.print("server profile", 8);
        }
    }

    private static Map<String, Long> databaseCounters(Connection db) throws SQLException {
        return db == null ? Map.of() : TestDatabase.globalStatus(db, "Questions", "Innodb_row_lock_waits",
                "Innodb_row_lock_time", "Com_commit");
    }

    private void run(RoutingPhase phase) {
        joinAtRate(phase);
        drain(phase);
    }

    /**
     * Joins the phase's customers, each at the moment it is due (rate fixed in advance, whatever the
     * answers); with two servers every other customer joins on the second.
     */
    private void joinAtRate(RoutingPhase phase) {
        int total = phase.rate * phase.seconds;
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        phase.started(start);
        for (int i = 0; i < total; i++) {
            long due = start + i * 1_000_000_000L / phase.rate;
            LockSupport.parkNanos(due - System.nanoTime());
            int number = joinNumber.incrementAndGet();
            int on = number % SERVERS;
            var customer = new BenchCustomer("Bench " + number, phase, due, on, servers.get(on));
            phase.add(customer);
            client.submit(() -> join(customer));
        }
        phase.joinsEnded(System.nanoTime());
    }

    private void join(BenchCustomer customer) {
        var phase = customer.phase;
        phase.joinLag.add(System.nanoTime() - customer.dueNanos);
        customers.put(customer.name, customer);
        customer.sentMillis = System.currentTimeMillis();
        try {
            var started = customer.customer.start(queueId, customer.name);
            if (started.statusCode() != 201) {
                customer.end("join " + started.statusCode() + " " + detail(started));
                return;
            }
        } catch (RuntimeException e) {
            customer.end("join failed: " + e.getClass().getSimpleName());
            return;
        }
        // The widget holds its line from the start: its place, its agent and the end come there.
        BenchCustomer.widgetLine(lines, customer.base, customer.customer.token(), frame -> heard(customer, frame), code -> {
            if (!customer.hungUp() && customer.outcome() == null) {
                customer.end("line closed (" + code + ") while waiting");
            }
        }).whenComplete((line, failure) -> {
            if (failure != null) {
                customer.end("line refused: " + failure.getClass().getSimpleName());
            } else {
                customer.holds(line);
            }
        });
    }

    /** The problem's detail of a refused start (e.g. the line is full), or nothing if it has none. */
    private static String detail(HttpResponse<String> refused) {
        try {
            return StaffClient.object(refused).getString("detail", "");
        } catch (RuntimeException notAProblem) {
            return "";
        }
    }

    /** A status frame on the customer's line: an agent has the chat, or it ended (its agent's end, or the wait's). */
    private static void heard(BenchCustomer customer, JsonObject status) {
        switch (status.getString("state")) {
            case "assigned" -> customer.assigned.complete(System.nanoTime());
            case "ended" -> {
                // Not when it left itself (drained): its line may hear that end before it closes.
                if (!customer.assigned.isDone() && !customer.hungUp()) {
                    customer.end("ended while waiting");
                }
                customer.hangUp();
            }
            default -> { }
        }
    }

    /** The customer named in an offer, while the benchmark still counts them. */
    private BenchCustomer waitingNamed(String name) {
        return customers.get(name);
    }

    /**
     * Waits until every customer of the phase has an outcome or {@code bench.drainSeconds} passed;
     * those still waiting then leave (and stay counted as waiting), so the next stage starts with
     * an empty line.
     */
    private void drain(RoutingPhase phase) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        while (phase.count("waiting") > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
        for (var customer : phase.customers()) {
            if (customer.outcome() == null) {
                customers.remove(customer.name);
                customer.hangUp();
                try {
                    customer.customer.send("DELETE", "conversation", null);
                } catch (RuntimeException e) {
                    phase.incident("leave failed: " + e.getClass().getSimpleName());
                }
            }
        }
    }

    private static boolean agentsLimited(RoutingPhase stage, int slots) {
        return stage.fewestFreeSlots(slots) <= 0 || stage.idleShare(slots) < LEAST_IDLE_SHARE;
    }

    private static boolean clientLimited(RoutingPhase stage) {
        return stage.joinRate() < 0.95 * stage.rate;
    }

    /**
     * The issue's figure: join → offer shown p99 in the stage at {@code bench.offerTargetRate} joins/s
     * (missed if no stage ran at that rate), with the agents' idle share and each server's CPU there.
     */
    private static void issueFigure(BenchmarkResult result, List<RoutingPhase> stages, int slots) {
        String at = "At" + OFFER_TARGET_RATE;
        var stage = stages.stream().filter(s -> s.rate == OFFER_TARGET_RATE).findFirst();
        if (stage.isEmpty()) {
            System.out.printf("RoutingBenchmark: no stage ran at %d joins/s (see bench.startRate, bench.rateStep and"
                    + " bench.maxRate, or a lower stage was not bounded)%n", OFFER_TARGET_RATE);
        }
        result.atMost("offerShownP99" + at + "Ms", stage.map(s -> s.joinToOfferShown.percentile(99)).orElse(Double.NaN),
                TARGET_OFFER_P99_MILLIS);
        stage.ifPresent(s -> {
            result.put("offerShownP50" + at + "Ms", s.joinToOfferShown.percentile(50))
                    .put("acceptToConnectedP99" + at + "Ms", s.acceptToConnected.percentile(99))
                    .put("connected" + at, s.count(BenchCustomer.CONNECTED) + "/" + s.joined())
                    .put("agentIdleShare" + at, s.idleShare(slots));
            for (int i = 0; i < s.serverCpu().size(); i++) {
                result.put("cpuServer" + (i + 1) + at + "Pct", s.serverCpu().get(i));
            }
            if (SERVERS == 2) {
                result.put("offerShownP99AcrossServers" + at + "Ms", s.joinToOfferShownAcross.percentile(99))
                        .put("offersAcrossServers" + at, s.joinToOfferShownAcross.count() + "/" + s.joinToOfferShown.count());
            }
        });
    }

    private void report(BenchmarkResult result, List<RoutingPhase> stages, int slots) {
        RoutingPhase ceiling = null;
        RoutingPhase beyond = null;
        for (var stage : stages) {
            if (stage.bounded() && !agentsLimited(stage, slots) && !clientLimited(stage)) {
                ceiling = stage;
            } else {
                beyond = stage;
            }
        }
        System.out.printf("RoutingBenchmark: dispatch ceiling %s%n", ceiling == null ? "below " + START_RATE + " joins/s"
                : beyond == null ? "at least " + ceiling.rate + " joins/s (the highest rate tried, see bench.maxRate)"
                : ceiling.rate + " joins/s (" + beyond.rate + "/s was not bounded)");
        for (var stage : stages) {
            int accounted = stage.count(BenchCustomer.CONNECTED) + stage.count("waiting") + stage.errors();
            result.target(stage.label + ": joined " + stage.joined() + " = connected + waiting + errors "
                    + accounted, accounted == stage.joined());
            if (agentsLimited(stage, slots)) {
                result.limitedBy("too few agents at " + stage.rate + " joins/s (idle share "
                        + String.format(Locale.ROOT, "%.2f", stage.idleShare(slots)) + "): raise bench.agents");
            }
            if (clientLimited(stage)) {
                result.limitedBy(String.format(Locale.ROOT, "client threads at %d joins/s: only %.1f/s joined,"
                        + " join lag p99 %s ms: raise bench.clientThreads", stage.rate, stage.joinRate(),
                        Timings.millis(stage.joinLag.percentile(99))));
            }
        }
        // Past the ceiling errors are expected (customers still waiting when counted are not errors).
        int errors = stages.stream().filter(RoutingPhase::bounded).mapToInt(s -> s.errors() + s.incidentCount()).sum();
        issueFigure(result, stages, slots);
        result.atLeast("ceilingJoinsPerSecond", ceiling == null ? 0 : ceiling.rate, TARGET_RATE);
        result.put("stages", stages.size()).put("agents", AGENTS).put("slots", slots);
        if (ceiling != null) {
            result.put("offerShownP99Ms", ceiling.joinToOfferShown.percentile(99))
                    .put("offerShownP50Ms", ceiling.joinToOfferShown.percentile(50))
                    .put("acceptToConnectedP99Ms", ceiling.acceptToConnected.percentile(99))
                    .put("joined", ceiling.joined()).put("connected", ceiling.count(BenchCustomer.CONNECTED))
                    .put("agentIdleShare", ceiling.idleShare(slots));
        }
        if (beyond != null) {
            result.put("beyondJoinsPerSecond", beyond.rate).put("beyondLongestLine", beyond.longestLine());
        }
        result.atMost("errorsUpToCeiling", errors, 0);
        result.atMost("agentLinesLost", agents == null ? 0 : agents.linesLost(), 0);
        result.target("agents never the limit", stages.stream().noneMatch(s -> agentsLimited(s, slots)));
        result.target("client never the limit", stages.stream().noneMatch(RoutingBenchmark::clientLimited));
        result.finish();
    }
}
