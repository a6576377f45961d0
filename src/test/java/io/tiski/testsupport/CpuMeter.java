package io.tiski.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CPU used over a window by the processes a benchmark involves (the server under test, the
 * database server if it runs here, the benchmark's own JVM) and by the whole machine ({@code
 * /proc/stat}), in % of one core. The database and the machine also serve whoever else uses them.
 */
public final class CpuMeter {

    private final Map<String, Long> pids;
    private final Map<String, Duration> startCpu = new LinkedHashMap<>();
    private final long[] startMachine;
    private final long startNanos;

    private CpuMeter(Map<String, Long> pids) {
        this.pids = pids;
        pids.forEach((label, pid) -> startCpu.put(label, cpu(pid)));
        this.startMachine = machine();
        this.startNanos = System.nanoTime();
    }

    /** Starts measuring the server under test, the local database server (if any) and this JVM. */
    public static CpuMeter start(Optional<ServerProcess> server) {
        Map<String, Long> pids = new LinkedHashMap<>();
        server.ifPresent(process -> pids.put("server", process.pid()));
        databaseServer().ifPresent(pid -> pids.put("database", pid));
        pids.put("benchmark", ProcessHandle.current().pid());
        return new CpuMeter(pids);
    }

    /** Starts measuring these servers (by label), the local database server (if any) and this JVM. */
    public static CpuMeter start(Map<String, ServerProcess> servers) {
        Map<String, Long> pids = new LinkedHashMap<>();
        servers.forEach((label, process) -> pids.put(label, process.pid()));
        databaseServer().ifPresent(pid -> pids.put("database", pid));
        pids.put("benchmark", ProcessHandle.current().pid());
        return new CpuMeter(pids);
    }

    /** The % of one core each process used since the start, and the machine's ("machine"). */
    public Map<String, Double> shares() {
        double window = System.nanoTime() - startNanos;
        Map<String, Double> shares = new LinkedHashMap<>();
        pids.forEach((label, pid) -> shares.put(label, (cpu(pid).toNanos() - startCpu.get(label).toNanos()) * 100 / window));
        long[] now = machine();
        if (now.length == 2 && startMachine.length == 2 && now[1] > startMachine[1]) {
            int cores = Runtime.getRuntime().availableProcessors();
            shares.put("machine", 100.0 * cores * (now[0] - startMachine[0]) / (now[1] - startMachine[1]));
        }
        return shares;
    }

    /** "server 120%, database 20%, benchmark 30%, machine 180% of 200%". */
    public String describe() {
        int cores = Runtime.getRuntime().availableProcessors();
        return shares().entrySet().stream().map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ")) + " of " + cores * 100 + "% (" + cores + " cores)";
    }

    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration()).orElse(Duration.ZERO);
    }

    /** Busy and total jiffies of all cores from the first line of /proc/stat, or nothing. */
    private static long[] machine() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < Math.min(fields.length, 9); i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new long[] {total - idle, total};
        } catch (java.io.IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static Optional<Long> databaseServer() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command()
                        .filter(command -> command.endsWith("/mariadbd") || command.endsWith("/mysqld")).isPresent())
                .map(ProcessHandle::pid).findFirst();
    }
}
