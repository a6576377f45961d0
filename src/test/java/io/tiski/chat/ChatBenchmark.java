package io.tiski.chat;

import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.BenchmarkResult;
import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.ServerProcess;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Chat benchmark, not part of the test suite (run it by name, see the README). M agents hold the
 * live line (/ws/agent) with 3 active conversations each; their customers (/ws/customer) write at a
 * fixed total rate, and each agent times the messages it receives. Then it opens many idle customer
 * connections (each in an active conversation of its own, as the widget connects only once an agent
 * has the chat), prints the server's memory per idle connection, and runs the load again at a low
 * rate with them held.
 * Settings: {@code -Dbench.agents} (100), {@code -Dbench.rate} messages/s (1000), {@code -Dbench.seconds}
 * (60), {@code -Dbench.warmupSeconds} (60, not measured: a cold JIT takes the first minute),
 * {@code -Dbench.idle} idle connections (5000), {@code -Dbench.idleRate} (100),
 * {@code -Dbench.idleWarmupSeconds} (10), {@code -Dbench.clientThreads} (4).
 * Targets (the run fails if one is missed; the last line says RESULT): p99 ≤ 100 ms under load,
 * p99 ≤ 50 ms with the idle connections held, ≤ 50 KB per idle connection, nothing lost.
 */
class ChatBenchmark {

    private static final int AGENTS = Integer.getInteger("bench.agents", 100);
    private static final int RATE = Integer.getInteger("bench.rate", 1000);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    private static final int WARMUP_SECONDS = Integer.getInteger("bench.warmupSeconds", 60);
    private static final int IDLE = Integer.getInteger("bench.idle", 5000);
    private static final int IDLE_RATE = Integer.getInteger("bench.idleRate", 100);
    private static final int IDLE_WARMUP_SECONDS = Integer.getInteger("bench.idleWarmupSeconds", 10);
    private static final int CLIENT_THREADS = Integer.getInteger("bench.clientThreads", 4);
    private static final int CHATS_PER_AGENT = 3;
    /** The highest chat limit a queue accepts: idle conversations need one agent per this many. */
    private static final int IDLE_CHATS_PER_AGENT = 20;
    /** Set-up requests (starts, picks, logins) in parallel. */
    private static final int SETUP_THREADS = 8;
    /** The test server, whose memory is measured. */
    private static final String SERVER_NAME = TestServer.name();
    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();

    // Listeners of every line report to the run in progress, if any.
    private volatile ChatLoad current;
    private final HttpClient client = LeanLine.sharedClient(CLIENT_THREADS);
    private final List<LeanLine> lines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger ready = new AtomicInteger();

    @Test
    void customersWriteToAgents() {
        var org = TestOrganisation.create("Chat bench");
        long queue = pickQueue(org, CHATS_PER_AGENT);
        String prefix = "chatbench" + org.organisationId();
        org.onlineAgents(queue, prefix, AGENTS);
        var agents = logIn(prefix, AGENTS);
        for (var agent : agents) {
            lines.add(open("ws/agent", agent.cookieHeader(), text -> {
                var run = current;
                if (run != null) {
                    run.agentReceived(text);
                }
            }).join());
        }
        var chats = ActiveConversations.open(queue, agents, AGENTS * CHATS_PER_AGENT, SETUP_THREADS);
        var customers = helloAll(chats, true);

        var load = new ChatLoad(1, RATE, WARMUP_SECONDS, SECONDS);
        current = load;
        load.send(customers);
        current = null;
        load.print("load, " + AGENTS + " agents, " + chats.size() + " conversations", held(), PROCESSORS);

        var server = ServerProcess.named(SERVER_NAME);
        var idleChats = idleConversations();
        var before = server.map(ServerProcess::afterFullCollection);
        long opened = helloAll(idleChats, false).size();
        var after = server.map(ServerProcess::afterFullCollection);
        double perConnectionKb = printMemory(server, before, after, opened);

        var idleLoad = new ChatLoad(2, IDLE_RATE, IDLE_WARMUP_SECONDS, SECONDS);
        current = idleLoad;
        idleLoad.send(customers);
        current = null;
        idleLoad.print("with " + opened + " idle customer connections held", held(), PROCESSORS);
        lines.forEach(LeanLine::close);

        var result = new BenchmarkResult("ChatBenchmark").put("rate", RATE).put("conversations", chats.size());
        load.report(result, "load", 100);
        result.put("idleConnections", opened);
        if (opened < IDLE) {
            result.limitedBy("only " + opened + " of " + IDLE + " idle connections opened (ulimit -n?)");
        }
        idleLoad.report(result, "idle", 50);
        result.atMost("kbPerIdleConnection", perConnectionKb, 50);
        result.finish();
    }

    private static long pickQueue(TestOrganisation org, int chatLimit) {
        long queue = org.emptyQueueId();
        var admin = org.admin();
        admin.api("PUT", "queues/" + queue, "{\"routingMode\":\"PICK\",\"maxChatsPerAgent\":" + chatLimit + "}");
        admin.api("POST", "queues/" + queue + "/open", null);
        return queue;
    }

    /** Logging in hashes the password (on purpose slow), so it runs in parallel. */
    private static List<StaffClient> logIn(String prefix, int count) {
        var pool = Executors.newFixedThreadPool(SETUP_THREADS);
        try {
            var logins = Stream.iterate(1, i -> i + 1).limit(count)
                    .map(i -> CompletableFuture.supplyAsync(
                            () -> StaffClient.loggedIn(prefix + "-" + i, TestOrganisation.PASSWORD), pool))
                    .toList();
            return logins.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** Idle customers in an organisation of their own, so their set-up pushes nothing to the agents above. */
    private List<ActiveConversations.Chat> idleConversations() {
        var org = TestOrganisation.create("Chat bench idle");
        long queue = pickQueue(org, IDLE_CHATS_PER_AGENT);
        String prefix = "chatidle" + org.organisationId();
        int agentCount = (IDLE + IDLE_CHATS_PER_AGENT - 1) / IDLE_CHATS_PER_AGENT;
        org.onlineAgents(queue, prefix, agentCount);
        long started = System.nanoTime();
        var chats = ActiveConversations.open(queue, logIn(prefix, agentCount), IDLE, SETUP_THREADS);
        System.out.printf("ChatBenchmark: %,d idle conversations started and picked by %d agents in %.0f s%n",
                chats.size(), agentCount, (System.nanoTime() - started) / 1e9);
        return chats;
    }

    /**
     * Opens a customer line per conversation and says hello with its token, a few hundred at a
     * time; answers the lines once every one has been caught up. {@code load}: the lines write
     * and report to the run in progress; otherwise they only sit there.
     */
    private List<LeanLine> helloAll(List<ActiveConversations.Chat> chats, boolean load) {
        int readyBefore = ready.get();
        var handshakes = new Semaphore(200);
        List<CompletableFuture<LeanLine>> opening = new ArrayList<>();
        for (var chat : chats) {
            handshakes.acquireUninterruptibly();
            opening.add(open("ws/customer", null, text -> {
                if (text.contains("\"caughtUp\"")) {
                    ready.incrementAndGet();
                }
                var run = current;
                if (load && run != null) {
                    run.customerReceived(text);
                }
            }).whenComplete((line, error) -> handshakes.release()).thenApply(line -> {
                line.send("{\"type\":\"hello\",\"token\":\"" + chat.token() + "\",\"afterSeq\":0}");
                return line;
            }));
        }
        var opened = opening.stream().map(CompletableFuture::join).toList();
        await().atMost(Duration.ofMinutes(2)).until(() -> ready.get() - readyBefore >= chats.size());
        lines.addAll(opened);
        return opened;
    }

    private CompletableFuture<LeanLine> open(String path, String cookies, java.util.function.Consumer<String> onText) {
        return LeanLine.open(client, path, cookies, onText, code -> {
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

    /** Prints the memory figures; answers the cost of an idle connection in KB (NaN without a server process). */
    private static double printMemory(java.util.Optional<ServerProcess> server,
                                      java.util.Optional<ServerProcess.Memory> before,
                                      java.util.Optional<ServerProcess.Memory> after, long connections) {
        if (server.isEmpty() || before.isEmpty() || after.isEmpty()) {
            System.out.println("ChatBenchmark: server process '" + SERVER_NAME + "' not found, no memory figures");
            return Double.NaN;
        }
        long heap = after.get().heapUsedBytes() - before.get().heapUsedBytes();
        long rss = after.get().residentBytes() - before.get().residentBytes();
        System.out.printf("ChatBenchmark memory (server pid %d, after a full GC, before -> after opening %,d idle"
                        + " connections)%n", server.get().pid(), connections);
        System.out.printf("  heap used %,d KB -> %,d KB: %.1f KB per idle connection%n",
                before.get().heapUsedBytes() / 1024, after.get().heapUsedBytes() / 1024, heap / 1024.0 / connections);
        System.out.printf("  resident %,d KB -> %,d KB: %.1f KB per idle connection (an upper bound: it also holds"
                        + " heap the JVM committed meanwhile, %,d KB -> %,d KB)%n",
                before.get().residentBytes() / 1024, after.get().residentBytes() / 1024, rss / 1024.0 / connections,
                before.get().heapCommittedBytes() / 1024, after.get().heapCommittedBytes() / 1024);
        // What a connection costs: the heap it keeps alive, plus the resident memory it adds outside
        // the heap (socket buffers, native structures). Committed heap is counted by what is used.
        long outside = after.get().residentOutsideHeapBytes() - before.get().residentOutsideHeapBytes();
        System.out.printf("  resident outside the heap %.1f KB per idle connection; heap used + outside: %.1f KB%n",
                outside / 1024.0 / connections, (heap + outside) / 1024.0 / connections);
        return (heap + outside) / 1024.0 / connections;
    }
}
