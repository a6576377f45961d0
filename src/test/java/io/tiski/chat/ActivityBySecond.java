package io.tiski.chat;

import io.tiski.testsupport.CpuMeter;
import io.tiski.testsupport.GcPauses;
import io.tiski.testsupport.ServerProcess;
import io.tiski.testsupport.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * What the servers and the database did in each second of a measured window, so that a slow second
 * is explained rather than averaged away: each server's garbage collections ({@link GcPauses}) and,
 * with MariaDB, the database's global counters (fsyncs, row lock waits, pages flushed, commits),
 * taken at the start of every second; over the whole window, the CPU each process used. The
 * database's counters count every client of the database server, not only the servers under test.
 */
final class ActivityBySecond {

    private static final Map<String, String> DATABASE = new LinkedHashMap<>();

    static {
        DATABASE.put("Innodb_data_fsyncs", "data fsyncs");
        DATABASE.put("Innodb_os_log_fsyncs", "log fsyncs");
        DATABASE.put("Innodb_row_lock_waits", "row lock waits");
        DATABASE.put("Innodb_row_lock_time", "row lock ms");
        DATABASE.put("Innodb_buffer_pool_pages_flushed", "pages flushed");
        DATABASE.put("Com_commit", "commits");
    }

    private final long startNanos;
    private final int seconds;
    private final Map<String, GcPauses> collections;
    private final Map<String, ServerProcess> servers;
    // Snapshot k is taken at the start of second k; written by the sampling thread, read after join.
    private final List<Snapshot> snapshots = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread sampler;
    private volatile String cpu = "not measured";

    private ActivityBySecond(long startNanos, int seconds, Map<String, GcPauses> collections,
                             Map<String, ServerProcess> servers) {
        this.startNanos = startNanos;
        this.seconds = seconds;
        this.collections = collections;
        this.servers = servers;
        this.sampler = new Thread(this::sample, "activity-by-second");
        sampler.setDaemon(true);
    }

    /** Samples the {@code seconds} seconds from {@code startNanos} (System.nanoTime) on. */
    static ActivityBySecond start(long startNanos, int seconds, Map<String, GcPauses> collections,
                                  Map<String, ServerProcess> servers) {
        var activity = new ActivityBySecond(startNanos, seconds, collections, servers);
        activity.sampler.start();
        return activity;
    }

    /** Waits for the last sample (the window's end). */
    void finish() {
        try {
            sampler.join(TimeUnit.SECONDS.toMillis(seconds + 30L));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** "GC first 1 in 12 ms, second none | database: data fsyncs 230, log fsyncs 410, ..." for second k. */
    String in(int second) {
        if (second + 1 >= snapshots.size()) {
            return "not sampled";
        }
        var from = snapshots.get(second);
        var to = snapshots.get(second + 1);
        String gc = from.collections().keySet().stream().map(server -> {
            var done = to.collections().get(server).minus(from.collections().get(server));
            return server + (done.collections() == 0 ? " none"
                    : String.format(Locale.ROOT, " %d in %.1f ms", done.collections(), done.micros() / 1000.0));
        }).collect(Collectors.joining(", "));
        String database = from.database().isEmpty() ? "not sampled (MariaDB only)"
                : DATABASE.entrySet().stream()
                        .map(counter -> counter.getValue() + " " + (to.database().getOrDefault(counter.getKey(), 0L)
                                - from.database().getOrDefault(counter.getKey(), 0L)))
                        .collect(Collectors.joining(", "));
        return "GC " + (gc.isEmpty() ? "not sampled" : gc) + " | database: " + database;
    }

    /** The CPU each process used over the window, in % of one core, and the whole machine's. */
    String cpu() {
        return cpu;
    }

    private void sample() {
        try (var db = TestDatabase.isMariaDb() ? TestDatabase.connect() : null) {
            CpuMeter meter = null;
            for (int second = 0; second <= seconds; second++) {
                long early = startNanos + TimeUnit.SECONDS.toNanos(second) - System.nanoTime();
                if (early > 0) {
                    LockSupport.parkNanos(early);
                }
                snapshots.add(snapshot(db));
                if (second == 0) {
                    meter = CpuMeter.start(servers);
                }
            }
            cpu = meter.describe();
        } catch (SQLException e) {
            cpu = "not measured: " + e.getMessage();
        }
    }

    private Snapshot snapshot(Connection db) throws SQLException {
        Map<String, GcPauses.Totals> gc = new LinkedHashMap<>();
        collections.forEach((server, pauses) -> gc.put(server, pauses.totals()));
        return new Snapshot(gc, db == null ? Map.of()
                : TestDatabase.globalStatus(db, DATABASE.keySet().toArray(String[]::new)));
    }

    private record Snapshot(Map<String, GcPauses.Totals> collections, Map<String, Long> database) {
    }
}
