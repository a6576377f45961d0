package io.tiski.testsupport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the server's time goes, from thread dumps of its JVM ({@code jcmd Thread.print}) taken at
 * a fixed rate on a thread of its own. Two readings: the CPU time of each group of threads (the
 * dump's {@code cpu=} per thread, last dump minus first; thread names with their numbers removed
 * form a group, e.g. {@code Default Executor-thread-N}, {@code GC Thread#N}, {@code C2 CompilerThreadN}),
 * and a sample profile of the threads that are in Tiski's code at the moment of a dump: grouped by
 * their outermost Tiski frame (the use case: a REST method, a sweep, a dispatch) and by what they
 * are doing there (waiting on the database's answer, in JPA, blocked on a lock, parked, running).
 * A dump stops the server's threads for a moment (a safepoint), and each jcmd is a short-lived JVM
 * on the benchmark's side: the time a dump takes is printed too.
 */
public final class ThreadProfile implements AutoCloseable {

    private static final Pattern CPU = Pattern.compile(" cpu=([0-9.]+)ms");
    private static final Pattern STATE = Pattern.compile("java.lang.Thread.State: (\\w+)");
    // A thread's number within its group: "Default Executor-thread-12", "GC Thread#0", "C2 CompilerThread1".
    private static final Pattern NUMBER = Pattern.compile("(?<=[-#.])\\d+|\\d+$");

    private final ServerProcess server;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(task -> {
        var thread = new Thread(task, "thread-profile");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Double> firstCpu = new HashMap<>();
    private final Map<String, Double> lastCpu = new HashMap<>();
    private final Map<String, Map<String, Integer>> samples = new TreeMap<>();
    private int dumps;
    private int appSamples;
    private long dumpNanos;
    private long startedAt;
    private long endedAt;

    private ThreadProfile(ServerProcess server) {
        this.server = server;
    }

    /**
     * Starts taking a dump every {@code intervalMillis} until closed (at a fixed rate: a dump that
     * takes longer than the interval delays the next, never runs beside it).
     */
    public static ThreadProfile start(ServerProcess server, long intervalMillis) {
        var profile = new ThreadProfile(server);
        profile.startedAt = System.nanoTime();
        profile.sampler.scheduleAtFixedRate(profile::sample, 0, intervalMillis, TimeUnit.MILLISECONDS);
        return profile;
    }

    private void sample() {
        long before = System.nanoTime();
        String dump;
        try {
            dump = server.threadDump();
        } catch (RuntimeException e) {
            if (!sampler.isShutdown()) { // a dump cut short by close() is no news
                System.out.println("ThreadProfile: no more dumps: " + e.getMessage());
            }
            throw e; // ends the schedule
        }
        long took = System.nanoTime() - before;
        synchronized (this) {
            dumpNanos += took;
            read(dump);
        }
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        try {
            sampler.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        endedAt = System.nanoTime();
    }

    private void read(String dump) {
        dumps++;
        for (String block : dump.split("\n\\s*\n")) {
            String header = block.strip();
            if (!header.startsWith("\"")) {
                continue;
            }
            String name = header.substring(1, header.indexOf('"', 1));
            var cpu = CPU.matcher(header);
            if (cpu.find()) {
                double millis = Double.parseDouble(cpu.group(1));
                // A thread first seen in a later dump was born meanwhile: all its time counts.
                firstCpu.putIfAbsent(name, dumps == 1 ? millis : 0.0);
                lastCpu.put(name, millis);
            }
            List<String> frames = block.lines().map(String::strip).filter(line -> line.startsWith("at "))
                    .map(line -> line.substring(3, line.indexOf('(') < 0 ? line.length() : line.indexOf('(')))
                    .toList();
            // The use case: the outermost Tiski frame, passing over servlet filters that wrap it
            // (a filter is the use case only when its own work is on top).
            String entry = null;
            int entryIndex = -1;
            for (int i = frames.size() - 1; i >= 0; i--) {
                if (frames.get(i).startsWith("io.tiski.") && (entry == null || entry.contains("Filter."))) {
                    entry = simpleName(frames.get(i));
                    entryIndex = i;
                }
            }
            if (entry != null) {
                var state = STATE.matcher(block);
                String activity = activity(state.find() ? state.group(1) : "?", frames.subList(0, entryIndex + 1));
                samples.computeIfAbsent(entry, e -> new HashMap<>()).merge(activity, 1, Integer::sum);
                appSamples++;
            }
        }
    }

    /** What a thread in Tiski's code is doing, judged by its state and the frames above its entry. */
    private static String activity(String state, List<String> frames) {
        if (state.equals("BLOCKED")) {
            return "blocked on a monitor";
        }
        // Walking down from the top of the stack, the first frame of the database driver (or the
        // connection pool), of JPA or of Tiski itself says whose work it is.
        for (String frame : frames) {
            if (frame.startsWith("org.mariadb.") || frame.startsWith("org.h2.")
                    || frame.startsWith("com.ibm.ws.rsadapter.") || frame.startsWith("com.ibm.ejs.j2c.")) {
                return "database";
            }
            if (frame.startsWith("org.eclipse.persistence.")) {
                return "JPA";
            }
            if (frame.startsWith("io.tiski.")) {
                break;
            }
        }
        return state.equals("RUNNABLE") ? "running" : "parked/waiting";
    }

    /** {@code io.tiski.routing.control.Offers$Proxy$_$$_WeldSubclass.offerNext} → {@code Offers.offerNext}. */
    private static String simpleName(String frame) {
        int method = frame.lastIndexOf('.');
        String type = frame.substring(0, method);
        type = type.substring(type.lastIndexOf('.') + 1);
        int inner = type.indexOf('$');
        return (inner < 0 ? type : type.substring(0, inner)) + frame.substring(method);
    }

    /** CPU by thread group in % of one core over the profile's time, largest first. */
    public synchronized Map<String, Double> cpuByGroup() {
        double window = (endedAt - startedAt) / 1e6;
        Map<String, Double> groups = new HashMap<>();
        lastCpu.forEach((name, last) -> groups.merge(NUMBER.matcher(name).replaceAll("N"),
                (last - firstCpu.getOrDefault(name, 0.0)) * 100 / window, Double::sum));
        return groups.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /** Prints both readings: the {@code top} thread groups and the {@code top} use cases. */
    public synchronized void print(String label, int top) {
        double window = (endedAt - startedAt) / 1e9;
        System.out.printf(Locale.ROOT, "  %s: %d thread dumps over %.0f s, a jcmd call taking %.0f ms (mostly its own"
                        + " start; the server stops only for the dump)%n",
                label, dumps, window, dumps == 0 ? 0.0 : dumpNanos / 1e6 / dumps);
        if (dumps < 2) {
            return;
        }
        System.out.println("    server CPU by thread group (% of one core): " + cpuByGroup().entrySet().stream()
                .limit(top).filter(e -> e.getValue() >= 0.5).map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "    threads in Tiski's code, %d samples (%.1f per dump), by use case and activity:%n",
                appSamples, appSamples / (double) dumps);
        var byTotal = new ArrayList<>(samples.entrySet());
        byTotal.sort((a, b) -> Integer.compare(total(b.getValue()), total(a.getValue())));
        for (var use : byTotal.subList(0, Math.min(top, byTotal.size()))) {
            System.out.printf(Locale.ROOT, "      %4.0f%% %s: %s%n", 100.0 * total(use.getValue()) / appSamples,
                    use.getKey(), use.getValue().entrySet().stream()
                            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                            .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
    }

    private static int total(Map<String, Integer> activities) {
        return activities.values().stream().mapToInt(Integer::intValue).sum();
    }
}
