package io.tiski.chat;

import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.BenchmarkResult;
import io.tiski.testsupport.GcPauses;
import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.ServerProcess;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chat benchmark, not part of the test suite (run it by name, see the README). M agents hold the
 * live line (/ws/agent) with 3 active conversations each; their customers (/ws/customer) write at a
 * fixed total rate, and each agent times the messages it receives. Then it opens many idle customer
 * connections (each in an active conversation of its own, as the widget connects only once an agent
 * has the chat), prints the server's memory per idle connection, and runs the load again at a low
 * rate with them held.
 * <p>
 * With {@code -Dbench.servers=2} a second server joins ({@link SecondServer}) and the load runs
 * twice in the same run: first on one server (agents and customers on the first), then across the
 * two (customers on the first, agents on the second, so every message reaches its agent through the
 * live line's cluster); the idle connections are spread over both servers, each measured. After
 * each load, short steps at higher rates find the highest rate each layout holds.
 * <p>
 * Settings: {@code -Dbench.servers} (1), {@code -Dbench.agents} (100), {@code -Dbench.rate}
 * messages/s (1000), {@code -Dbench.seconds} (60), {@code -Dbench.warmupSeconds} (60, not measured:
 * a cold JIT takes the first minute), {@code -Dbench.stepRates} (1250,1500; none: empty),
 * {@code -Dbench.stepSeconds} (10) after {@code -Dbench.stepWarmupSeconds} (5), {@code -Dbench.idle}
 * idle connections (5000 per server), {@code -Dbench.idleRate} (100), {@code -Dbench.idleWarmupSeconds}
 * (10), {@code -Dbench.clientThreads} (4).
 * Targets (the run fails if one is missed; the last line says RESULT): p99 ≤ 100 ms on one server,
 * p99 ≤ 50 ms across two servers and with the idle connections held, ≤ 50 KB per idle connection
 * on each server, nothing lost.
 */
class ChatBenchmark {

    private static final int SERVERS = Integer.getInteger("bench.servers", 1);
    private static final int AGENTS = Integer.getInteger("bench.agents", 100);
    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 60);
    private static final List<Integer> STEP_RATES = Stream.of(System.getProperty("bench.stepRates", "1250,1500")
            .split(",")).map(String::trim).filter(rate -> !rate.isEmpty()).map(Integer::valueOf).sorted().toList();
    private static final int STEP_SECONDS = Integer.getInteger("bench.stepSeconds", 10);
    private static final int STEP_WARMUP_SECONDS = Integer.getInteger("bench.stepWarmupSeconds", 5);
    private static final int IDLE = Integer.getInteger("bench.idle", 5000 * SERVERS);
    private static final int IDLE_RATE = Integer.getInteger("bench.idleRate", 100);
    private static final int IDLE_WARMUP_SECONDS = Integer.getInteger("bench.idleWarmupSeconds", 10);
    private static final int CLIENT_THREADS = Integer.getInteger("bench.clientThreads", 4);
    private static final int CHATS_PER_AGENT = 3;
    private static final double ONE_SERVER_P99_MS = 100;
    private static final double CROSS_P99_MS = 50;
    private static final double IDLE_P99_MS = 50;
    /** The p99 a rate must keep to count as held, in both layouts, so that their held rates compare. */
    private static final double HELD_P99_MS = 50;
    /** The highest chat limit a queue accepts: idle conversations need one agent per this many. */
    private static final int IDLE_CHATS_PER_AGENT = 20;
    /** A conversation's send limit (tiski.chat.rate.per-second, 5 by default): a step above it gets refusals. */
    private static final int SENDS_PER_CONVERSATION = 5;
    /** Customer lines whose hello has not been answered yet, at most. */
    private static final int HELLOS_IN_FLIGHT = 100;
    /** Set-up requests (starts, picks, logins) in parallel. */
    private static final int SETUP_THREADS = 8;
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    /** The second server, started before the test when {@code bench.servers} is 2. */
    @RegisterExtension
    static final BeforeAllCallback SECOND_SERVER = context -> {
        if (SERVERS == 2) {
            SecondServer.shared().beforeAll(context);
        }
    };

    // Listeners of every line report to the run in progress, if any.
    private volatile ChatLoad current;
    private final HttpClient client = LeanLine.sharedClient(CLIENT_THREADS);
    private final List<LeanLine> lines = Collections.synchronizedList(new ArrayList<>());
    private final BenchmarkResult result = new BenchmarkResult("ChatBenchmark");
    private int runs;

    /** A server under test: its label in the output, where it answers, its process (if found). */
    private record Server(String label, URI baseUri, Optional<ServerProcess> process) {
    }

    @Test
    void customersWriteToAgents() {
        if (SERVERS != 1 && SERVERS != 2) {
            throw new IllegalArgumentException("bench.servers is 1 or 2, not " + SERVERS);
        }
        List<Server> servers = new ArrayList<>();
        servers.add(new Server("first", TestServer.baseUri(), ServerProcess.named(TestServer.name())));
        if (SERVERS == 2) {
            var second = SecondServer.shared();
            servers.add(new Server("second", second.baseUri(), ServerProcess.named(second.name())));
        }
        Map<String, ServerProcess> processes = new LinkedHashMap<>();
        servers.forEach(server -> server.process().ifPresentOrElse(process -> processes.put(server.label(), process),
                () -> System.out.println("ChatBenchmark: " + server.label() + " server's process not found,"
                        + " no memory, GC or CPU figures for it")));
        Map<String, GcPauses> collections = new LinkedHashMap<>();
        processes.forEach((label, process) -> collections.put(label, GcPauses.of(process)));
        try {
            run(servers, processes, collections);
        } finally {
            collections.values().forEach(GcPauses::close);
        }
    }

    private void run(List<Server> servers, Map<String, ServerProcess> processes, Map<String, GcPauses> collections) {
        var first = servers.get(0);
        var org = TestOrganisation.create("Chat bench");
        long queue = pickQueue(org, CHATS_PER_AGENT);
        String prefix = "chatbench" + org.organisationId();
        org.onlineAgents(queue, prefix, AGENTS);
        var agents = logIn(first, prefix, AGENTS);
        var agentLines = openAgentLines(first, agents);
        var chats = ActiveConversations.open(queue, agents, AGENTS * CHATS_PER_AGENT, SETUP_THREADS);
        var customers = helloAll(chats, index -> first, true);
        result.put("servers", SERVERS).put("rate", RATE).put("conversations", chats.size());

        var oneServer = measure(RATE, WARMUP_SECONDS, SECONDS, customers, "one server (agents and customers on the"
                + " first), " + AGENTS + " agents, " + chats.size() + " conversations", collections, processes);
        oneServer.report(result, "load", ONE_SERVER_P99_MS);
        int oneServerHeld = stepUp(oneServer, HELD_P99_MS, customers, "one server", collections, processes);
        if (SERVERS == 2) {
            var second = servers.get(1);
            agentLines.forEach(LeanLine::close);
            await().atMost(Duration.ofSeconds(30)).until(() -> agentLines.stream().noneMatch(LeanLine::isOpen));
            openAgentLines(second, logIn(second, prefix, AGENTS));
            var cross = measure(RATE, WARMUP_SECONDS, SECONDS, customers, "two servers (customers on the first,"
                    + " agents on the second), " + AGENTS + " agents, " + chats.size() + " conversations",
                    collections, processes);
            cross.report(result, "cross", CROSS_P99_MS);
            int crossHeld = stepUp(cross, HELD_P99_MS, customers, "two servers", collections, processes);
            result.put("oneServerHeldRate", oneServerHeld).put("crossHeldRate", crossHeld)
                    .put("crossToOneServer", oneServerHeld == 0 ? Double.NaN
                            : Math.round(100.0 * crossHeld / oneServerHeld) / 100.0);
        } else {
            result.put("oneServerHeldRate", oneServerHeld);
        }

        var idleChats = idleConversations(first);
        Map<String, ServerProcess.Memory> before = new LinkedHashMap<>();
        processes.forEach((label, process) -> before.put(label, process.afterFullCollection()));
        // The idle customers take turns among the servers, as a round-robin balancer would spread them.
        var opened = helloAll(idleChats, index -> servers.get(index % servers.size()), false);
        double worstKb = 0;
        for (int s = 0; s < servers.size(); s++) {
            var server = servers.get(s);
            int held = (idleChats.size() - s + servers.size() - 1) / servers.size();
            var process = processes.get(server.label());
            double kb = process == null ? Double.NaN
                    : printMemory(server.label(), process, before.get(server.label()), process.afterFullCollection(), held);
            if (SERVERS == 2) {
                result.put("kbPerIdleConnection" + (s == 0 ? "First" : "Second"), kb);
            }
            worstKb = Math.max(worstKb, kb);
        }

        var idleLoad = measure(IDLE_RATE, IDLE_WARMUP_SECONDS, SECONDS, customers, (SERVERS == 2 ? "two servers, "
                : "") + "with " + opened.size() + " idle customer connections held", collections, processes);
        lines.forEach(LeanLine::close);

        result.put("idleConnections", opened.size());
        if (opened.size() < IDLE) {
            result.limitedBy("only " + opened.size() + " of " + IDLE + " idle connections opened (ulimit -n?)");
        }
        idleLoad.report(result, "idle", IDLE_P99_MS);
        result.atMost("kbPerIdleConnection", worstKb, 50);
        result.finish();
    }

    /** One run of the load, with what the servers and the database did in each second of its window. */
    private ChatLoad measure(int rate, int warmupSeconds, int seconds, List<LeanLine> customers, String label,
                             Map<String, GcPauses> collections, Map<String, ServerProcess> processes) {
        var load = new ChatLoad(++runs, rate, warmupSeconds, seconds);
        var activity = ActivityBySecond.start(load.windowDue(), seconds, collections, processes);
        current = load;
        load.send(customers);
        current = null;
        activity.finish();
        load.print(label, held(), PROCESSORS, activity::in);
        System.out.println("  CPU over the window (% of one core): " + activity.cpu());
        return load;
    }

    /**
     * Short runs at the step rates above the load's, while each holds (p99 within the target,
     * nothing lost); answers the highest rate held (0 if not even the load's).
     */
    private int stepUp(ChatLoad load, double p99Target, List<LeanLine> customers, String layout,
                       Map<String, GcPauses> collections, Map<String, ServerProcess> processes) {
        if (!load.held(p99Target)) {
            System.out.printf("ChatBenchmark %s: %d/s not held (p99 <= %.0f ms, nothing lost), no step-up%n", layout,
                    load.rate(), p99Target);
            return 0;
        }
        int held = load.rate();
        for (int rate : STEP_RATES) {
            if (rate <= held) {
                continue;
            }
            if (rate > SENDS_PER_CONVERSATION * customers.size()) {
                result.limitedBy(String.format(Locale.ROOT, "the step-up (%s): %d/s is above the send limit of %d"
                        + " conversations (%d/s each); more agents (bench.agents) allow more", layout, rate,
                        customers.size(), SENDS_PER_CONVERSATION));
                break;
            }
            var step = measure(rate, STEP_WARMUP_SECONDS, STEP_SECONDS, customers, "step-up, " + layout + ", "
                    + rate + "/s", collections, processes);
            if (!step.held(p99Target)) {
                System.out.printf("ChatBenchmark %s: %d/s held (p99 <= %.0f ms, nothing lost), %d/s not%n", layout,
                        held, p99Target, rate);
                return held;
            }
            held = rate;
        }
        System.out.printf("ChatBenchmark %s: %d/s held (p99 <= %.0f ms, nothing lost), the highest rate tried%n",
                layout, held, p99Target);
        return held;
    }

    private List<LeanLine> openAgentLines(Server server, List<StaffClient> agents) {
        List<LeanLine> opened = new ArrayList<>();
        for (var agent : agents) {
            opened.add(open(server, "ws/agent", agent.cookieHeader(), text -> {
                var run = current;
                if (run != null) {
                    run.agentReceived(text);
                }
            }, code -> { }).join());
        }
        lines.addAll(opened);
        return opened;
    }

    private static long pickQueue(TestOrganisation org, int chatLimit) {
        long queue = org.emptyQueueId();
        var admin = org.admin();
        admin.api("PUT", "queues/" + queue, "{\"routingMode\":\"PICK\",\"maxChatsPerAgent\":" + chatLimit + "}");
        admin.api("POST", "queues/" + queue + "/open", null);
        return queue;
    }

    /** Logging in hashes the password (on purpose slow), so it runs in parallel. */
    private static List<StaffClient> logIn(Server server, String prefix, int count) {
        var pool = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            var logins = Stream.iterate(1, i -> i + 1).limit(count)
                    .map(i -> CompletableFuture.supplyAsync(
                            () -> StaffClient.loggedIn(server.baseUri(), prefix + "-" + i, TestOrganisation.PASSWORD), pool))
                    .toList();
            return logins.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** Idle customers in an organisation of their own, so their set-up pushes nothing to the agents above. */
    private List<ActiveConversations.Chat> idleConversations(Server first) {
        var org = TestOrganisation.create("Chat bench idle");
        long queue = pickQueue(org, IDLE_CHATS_PER_AGENT);
        String prefix = "chatidle" + org.organisationId();
        int agentCount = (IDLE + IDLE_CHATS_PER_AGENT - 1) / IDLE_CHATS_PER_AGENT;
        org.onlineAgents(queue, prefix, agentCount);
        long started = System.nanoTime();
        var chats = ActiveConversations.open(queue, logIn(first, prefix, agentCount), IDLE, SETUP_THREADS);
        System.out.printf("ChatBenchmark: %,d idle conversations started and picked by %d agents in %.0f s%n",
                chats.size(), agentCount, (System.nanoTime() - started) / 1e9);
        return chats;
    }

    /**
     * Opens a customer line per conversation on its server and says hello with its token, at most
     * {@value #HELLOS_IN_FLIGHT} waiting for their catch-up at a time (the test servers close a line
     * whose hello they have not handled within 3 s, so a queue of hellos longer than that on a busy
     * server would cost lines); answers the lines that were caught up. A line closed before that is
     * left out and counted. {@code load}: the lines write and report to the run in progress;
     * otherwise they only sit there.
     */
    private List<LeanLine> helloAll(List<ActiveConversations.Chat> chats, IntFunction<Server> serverOf, boolean load) {
        var inFlight = new Semaphore(HELLOS_IN_FLIGHT);
        var settled = new AtomicInteger();
        Map<String, AtomicInteger> closedEarly = new ConcurrentHashMap<>();
        List<CompletableFuture<LeanLine>> opening = new ArrayList<>();
        List<AtomicBoolean> caughtUp = new ArrayList<>();
        for (int i = 0; i < chats.size(); i++) {
            var chat = chats.get(i);
            var server = serverOf.apply(i);
            var caught = new AtomicBoolean();
            var done = new AtomicBoolean();
            caughtUp.add(caught);
            Runnable settle = () -> {
                if (done.compareAndSet(false, true)) {
                    settled.incrementAndGet();
                    inFlight.release();
                }
            };
            inFlight.acquireUninterruptibly();
            opening.add(open(server, "ws/customer", null, text -> {
                if (text.contains("\"caughtUp\"") && caught.compareAndSet(false, true)) {
                    settle.run();
                }
                var run = current;
                if (load && run != null) {
                    run.customerReceived(text);
                }
            }, code -> {
                if (!caught.get()) {
                    closedEarly.computeIfAbsent(server.label() + " " + code, key -> new AtomicInteger()).incrementAndGet();
                    settle.run();
                }
            }).whenComplete((line, error) -> {
                if (error != null) {
                    closedEarly.computeIfAbsent(server.label() + " not opened", key -> new AtomicInteger()).incrementAndGet();
                    settle.run();
                }
            }).thenApply(line -> {
                line.send("{\"type\":\"hello\",\"token\":\"" + chat.token() + "\",\"afterSeq\":0}");
                return line;
            }));
        }
        await().atMost(Duration.ofMinutes(3)).until(() -> settled.get() >= chats.size());
        List<LeanLine> opened = new ArrayList<>();
        for (int i = 0; i < chats.size(); i++) {
            var line = opening.get(i).exceptionally(error -> null).join();
            if (line != null && caughtUp.get(i).get()) {
                opened.add(line);
            }
        }
        if (!closedEarly.isEmpty()) {
            System.out.printf("ChatBenchmark: %,d of %,d customer lines closed before their catch-up came, left out"
                    + " (server and close code: count) %s%n", chats.size() - opened.size(), chats.size(), closedEarly);
            if (load) {
                result.limitedBy((chats.size() - opened.size()) + " customer lines closed before their catch-up: "
                        + closedEarly);
            }
        }
        lines.addAll(opened);
        return opened;
    }

    private CompletableFuture<LeanLine> open(Server server, String path, String cookies, Consumer<String> onText,
                                             Consumer<Integer> onClosed) {
        return LeanLine.open(client, server.baseUri(), path, cookies, onText, code -> {
            onClosed.accept(code);
            var run = current;
            if (run != null) {
                run.closed(code);
            }
        });
    }

    private int held() {
        synchronized (lines) {
            return (int) lines.stream().filter(LeanLine::isOpen).count();
        }
    }

    /** Prints a server's memory figures; answers the cost of an idle connection there in KB. */
    private static double printMemory(String label, ServerProcess server, ServerProcess.Memory before,
                                      ServerProcess.Memory after, long connections) {
        long heap = after.heapUsedBytes() - before.heapUsedBytes();
        long rss = after.residentBytes() - before.residentBytes();
        System.out.printf("ChatBenchmark memory of the %s server (pid %d, after a full GC, before -> after opening"
                + " %,d idle connections on it)%n", label, server.pid(), connections);
        System.out.printf("  heap used %,d KB -> %,d KB: %.1f KB per idle connection%n",
                before.heapUsedBytes() / 1024, after.heapUsedBytes() / 1024, heap / 1024.0 / connections);
        System.out.printf("  resident %,d KB -> %,d KB: %.1f KB per idle connection (an upper bound: it also holds"
                        + " heap the JVM committed meanwhile, %,d KB -> %,d KB)%n",
                before.residentBytes() / 1024, after.residentBytes() / 1024, rss / 1024.0 / connections,
                before.heapCommittedBytes() / 1024, after.heapCommittedBytes() / 1024);
        // What a connection costs: the heap it keeps alive, plus the resident memory it adds outside
        // the heap (socket buffers, native structures). Committed heap is counted by what is used.
        long outside = after.residentOutsideHeapBytes() - before.residentOutsideHeapBytes();
        System.out.printf("  resident outside the heap %.1f KB per idle connection; heap used + outside: %.1f KB%n",
                outside / 1024.0 / connections, (heap + outside) / 1024.0 / connections);
        return (heap + outside) / 1024.0 / connections;
    }
}
