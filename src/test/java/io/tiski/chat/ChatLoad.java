package io.tiski.chat;

import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.Timings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One run of customers writing at a fixed total rate, first a warm-up, then the measured window.
 * Message i is due at {@code start + i / rate}: that due time, not the moment the sender got round
 * to it, is the time stamp in the body, so a sender falling behind shows up in the latency instead
 * of hiding it. The agent who receives the message measures the latency (same JVM, so the
 * monotonic clock serves both ends). Only messages due inside the window are counted.
 */
final class ChatLoad {

    private static final String TEXT = " Hello, I have a question about my order, could you help me?";

    private final int run;
    private final int rate;
    private final long warmup;
    private final long measured;
    private final long start;
    private final Timings latencies = new Timings();
    private final Timings senderLag = new Timings();
    // The worst latency of each second of the window: shows whether slow messages come in bursts.
    private final java.util.concurrent.atomic.AtomicLongArray worstBySecond;
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicInteger delivered = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    private volatile long lastDeliveredAt;
    private final AtomicInteger receivedInWindow = new AtomicInteger();
    private final AtomicInteger answered = new AtomicInteger();
    private long caughtUpNanos = -1;
    private volatile boolean measuring;
    private volatile long windowStart;
    private volatile long windowEnd;
    private Duration cpuAtStart;
    private Duration cpuAtEnd;

    ChatLoad(int run, int rate, int warmupSeconds, int seconds) {
        this.run = run;
        this.rate = rate;
        this.warmup = (long) rate * warmupSeconds;
        this.measured = (long) rate * seconds;
        this.worstBySecond = new java.util.concurrent.atomic.AtomicLongArray(seconds + 1);
        this.start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
    }

    /** Sends every message on time, the lines taking turns, then waits for the stragglers. */
    void send(List<LeanLine> customers) {
        long total = warmup + measured;
        for (long i = 0; i < total; i++) {
            long due = due(i);
            long early = due - System.nanoTime();
            if (early > 0) {
                LockSupport.parkNanos(early);
            }
            if (i == warmup) {
                windowStart = System.nanoTime();
                cpuAtStart = ownCpu();
                measuring = true;
            }
            if (inWindow(i)) {
                senderLag.add(System.nanoTime() - due);
            }
            customers.get((int) (i % customers.size())).send("{\"type\":\"send\",\"clientId\":\"" + clientId(i)
                    + "\",\"body\":\"" + due + TEXT + "\"}");
        }
        windowEnd = System.nanoTime();
        cpuAtEnd = ownCpu();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (delivered.get() + errors.get() < measured && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        measuring = false;
        // An overloaded server still works through what it was sent; whatever comes next (the idle
        // set-up, its memory figures) must not run in that backlog.
        deadline = windowEnd + TimeUnit.MINUTES.toNanos(5);
        while (answered.get() < total && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
        if (answered.get() >= total) {
            caughtUpNanos = System.nanoTime() - windowEnd;
        }
    }

    /** A frame on an agent's line: a customer's message is timed and counted. */
    void agentReceived(String text) {
        long now = System.nanoTime();
        if (!text.contains("\"message\"") || !text.contains("\"CUSTOMER\"")) {
            return;
        }
        var frame = parse(text);
        long index = indexOf(frame.getString("clientId", ""));
        if (index >= 0 && measuring && windowEnd == 0) {
            // What the server got through while the window lasted, whenever it was due: its
            // throughput when it cannot keep up with the rate.
            receivedInWindow.incrementAndGet();
        }
        if (index >= 0 && inWindow(index)) {
            String body = frame.getString("body");
            long latency = now - Long.parseLong(body.substring(0, body.indexOf(' ')));
            latencies.add(latency);
            worstBySecond.accumulateAndGet((int) ((index - warmup) / rate), latency, Math::max);
            delivered.incrementAndGet();
            lastDeliveredAt = now;
        }
    }

    /** A frame on a customer's line: acknowledgements and refusals of this run's messages. */
    void customerReceived(String text) {
        if (!text.contains("\"ack\"") && !text.contains("\"error\"")) {
            return;
        }
        var frame = parse(text);
        long index = indexOf(frame.getString("clientId", ""));
        if (index >= 0) {
            answered.incrementAndGet();
        }
        if (index < 0 || !inWindow(index)) {
            return;
        }
        if (frame.getString("type").equals("ack")) {
            acked.incrementAndGet();
        } else {
            error("error frame " + frame.getString("code", "?"));
        }
    }

    /** A line closed while this run was measuring. */
    void closed(int code) {
        if (measuring) {
            error("line closed " + code);
        }
    }

    /** When the first message of the measured window is due: second 0 of the window starts then. */
    long windowDue() {
        return due(warmup);
    }

    /**
     * Prints the run's figures; {@code besideSecond} describes what else happened in a second of
     * the window (collections, the database's work), printed beside the slowest seconds.
     */
    void print(String label, int held, int processors, java.util.function.IntFunction<String> besideSecond) {
        double window = (windowEnd - windowStart) / 1e9;
        double tail = Math.max(windowEnd, lastDeliveredAt) - windowStart;
        double cpu = ownCpuPercent() / 100;
        System.out.printf("ChatBenchmark %s: %,d messages due at %d/s over %.1f s (after %d s warm-up)%n", label,
                measured, rate, window, warmup / Math.max(1, rate));
        System.out.printf("  held connections %,d; acked %,d; delivered %,d (%.1f/s); errors %d%n", held,
                acked.get(), delivered.get(), delivered.get() / (tail / 1e9), errors.get());
        System.out.printf("  customer messages received by agents during the window, whenever due: %,d (%.1f/s)%n",
                receivedInWindow.get(), receivedInWindow.get() / window);
        errorKinds.forEach((kind, count) -> System.out.printf("  error: %s x%d%n", kind, count.get()));
        System.out.printf("  every message of the run answered (ack or error): %s%n", caughtUpNanos < 0
                ? "no, " + answered.get() + " of " + (warmup + measured) + " after 5 min"
                : String.format("%.1f s after the last was sent", caughtUpNanos / 1e9));
        System.out.println("  customer -> agent latency   " + latencies.summary());
        System.out.println("  sender lag (due -> sent)    " + senderLag.summary());
        System.out.println("  slowest seconds of the window (second: worst latency of the messages due in it"
                + " | what happened in it):");
        java.util.stream.IntStream.range(0, worstBySecond.length() - 1).boxed()
                .sorted(java.util.Comparator.comparingLong(worstBySecond::get).reversed()).limit(5)
                .forEach(second -> System.out.printf("    %d: %.0f ms | %s%n", second, worstBySecond.get(second) / 1e6,
                        besideSecond.apply(second)));
        System.out.printf("  load generator CPU %.0f%% of one core, %.0f%% of the machine (%d cores)%n", cpu * 100,
                cpu * 100 / processors, processors);
    }

    /** p99 of customer → agent latency in ms (NaN if nothing was delivered). */
    double latencyP99() {
        return latencies.percentile(99);
    }

    /** Whether the run held its rate: p99 within the target, nothing lost, no errors. */
    boolean held(double p99Target) {
        return latencyP99() <= p99Target && lost() == 0;
    }

    int rate() {
        return rate;
    }

    double senderLagP99() {
        return senderLag.percentile(99);
    }

    /** Messages due in the window that were not delivered, plus errors: what must be 0. */
    long lost() {
        return measured - delivered.get() + errors.get();
    }

    /** The load generator's CPU over the window, in % of one core. */
    double ownCpuPercent() {
        return (cpuAtEnd.toNanos() - cpuAtStart.toNanos()) * 100.0 / (windowEnd - windowStart);
    }

    /** Adds this run's figures, held to a p99 target, and what in the client limited it. */
    void report(io.tiski.testsupport.BenchmarkResult result, String prefix, double p99Target) {
        result.atMost(prefix + "P99Ms", latencyP99(), p99Target)
                .put(prefix + "P50Ms", latencies.percentile(50))
                .atMost(prefix + "Lost", lost(), 0);
        // A sender more than 10 ms late, or a core spent, says the load generator held the figure back.
        if (senderLagP99() > 10 || ownCpuPercent() > 80) {
            result.limitedBy(String.format(java.util.Locale.ROOT, "the load generator in run %d: sender lag p99 %s ms,"
                    + " its CPU %.0f%% of a core", run, Timings.millis(senderLagP99()), ownCpuPercent()));
        }
    }

    private boolean inWindow(long index) {
        return index >= warmup && index < warmup + measured;
    }

    private long due(long index) {
        return start + index * 1_000_000_000L / rate;
    }

    private String clientId(long index) {
        return "bench" + run + "-" + index;
    }

    private long indexOf(String clientId) {
        String prefix = "bench" + run + "-";
        return clientId.startsWith(prefix) ? Long.parseLong(clientId.substring(prefix.length())) : -1;
    }

    private void error(String kind) {
        errors.incrementAndGet();
        errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static Duration ownCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
    }
}
