package io.tiski.routing;

import io.tiski.testsupport.BenchmarkResult;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestDatabase;
import io.tiski.testsupport.TestOrganisation;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;

/**
 * The routing benchmark's phase for database writes per waiting customer per minute: {@code
 * bench.idleLineCustomers} customers join a queue that nobody serves (alternately on each server),
 * hold their lines as the widget does, and wait {@code bench.idleLineSeconds} while MariaDB's write
 * counters run, from the moment every line has heard its place (so the joins and hellos are not
 * counted). The counters are global: they count every client of that MariaDB, so the figure is an
 * upper bound; a window of {@code bench.idleBaselineSeconds} before anyone waits shows what the
 * rest writes.
 */
final class IdleLineWrites {

    private static final int IDLE_LINE_CUSTOMERS = Integer.getInteger("bench.idleLineCustomers", 200);
    private static final int IDLE_LINE_SECONDS = Integer.getInteger("bench.idleLineSeconds", 60);
    private static final int IDLE_BASELINE_SECONDS = Integer.getInteger("bench.idleBaselineSeconds", 20);
    private static final double TARGET_WRITES_PER_CUSTOMER_MINUTE =
            Double.parseDouble(System.getProperty("bench.targetWritesPerWaitingCustomerMinute", "1"));
    /** Write statements, as MariaDB counts them for every client of the server. */
    private static final List<String> WRITE_STATEMENTS = List.of("Com_insert", "Com_insert_select", "Com_replace",
            "Com_update", "Com_update_multi", "Com_delete", "Com_delete_multi");
    /**
     * Rows written to tables, likewise for every client: MariaDB counts its internal temporary
     * tables apart (Handler_tmp_*), and has no Innodb_rows_* counters since 10.6.
     */
    private static final List<String> WRITTEN_ROWS = List.of("Handler_write", "Handler_update", "Handler_delete");

    private final List<URI> servers;
    private final HttpClient lines;
    private final ExecutorService client;

    IdleLineWrites(List<URI> servers, HttpClient lines, ExecutorService client) {
        this.servers = servers;
        this.lines = lines;
        this.client = client;
    }

    /** Runs the phase and puts its figures into {@code result}; on H2 ({@code db} null) says it is skipped. */
    void measure(TestOrganisation org, StaffClient admin, Connection db, BenchmarkResult result)
            throws SQLException {
        if (IDLE_LINE_CUSTOMERS <= 0) {
            return;
        }
        if (db == null) {
            System.out.println("RoutingBenchmark: writes per waiting customer need MariaDB (its status counters);"
                    + " skipped on this database");
            return;
        }
        long idleQueue = StaffClient.object(admin.api("POST", "queues", "{\"name\":\"" + org.name() + " unstaffed\"}"))
                .getJsonNumber("id").longValue();
        admin.api("PUT", "queues/" + idleQueue, "{\"maxWaiting\":" + Math.max(IDLE_LINE_CUSTOMERS, 200) + "}");
        admin.api("POST", "queues/" + idleQueue + "/open", null);

        var baselineBefore = databaseWrites(db);
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(IDLE_BASELINE_SECONDS));
        var baseline = databaseWrites(db).minus(baselineBefore);

        List<IdleCustomer> waiting = IntStream.range(0, IDLE_LINE_CUSTOMERS)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> new IdleCustomer(idleQueue, i), client)).toList()
                .stream().map(CompletableFuture::join).toList();
        CompletableFuture.allOf(waiting.stream().map(c -> c.placed).toArray(CompletableFuture[]::new))
                .completeOnTimeout(null, 60, TimeUnit.SECONDS).handle((done, failure) -> null).join();
        long placed = waiting.stream().filter(c -> c.placed.isDone() && !c.placed.isCompletedExceptionally()).count();
        var before = databaseWrites(db);
        long start = System.nanoTime();
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(IDLE_LINE_SECONDS));
        var writes = databaseWrites(db).minus(before);
        double minutes = (System.nanoTime() - start) / 60e9;
        long stillWaiting = waiting.stream().filter(IdleCustomer::stillWaiting).count();
        waiting.forEach(IdleCustomer::leave);

        double customerMinutes = placed * minutes;
        System.out.printf(Locale.ROOT, "RoutingBenchmark idle line: %d customers joined a queue nobody serves, %d held"
                        + " their lines and heard their place, %d still waiting with their lines open after %.1f min%n",
                IDLE_LINE_CUSTOMERS, placed, stillWaiting, minutes);
        System.out.printf(Locale.ROOT, "  MariaDB global counters over the wait: %d write statements (%s),"
                        + " %d rows written (%s): %.3f statements and %.2f rows per waiting customer per minute%n",
                writes.statements, String.join("+", WRITE_STATEMENTS), writes.rows, String.join("+", WRITTEN_ROWS),
                writes.statements / customerMinutes, writes.rows / customerMinutes);
        System.out.printf(Locale.ROOT, "  the same counters over %d s before anyone waited (the servers' own writes and"
                        + " every other client's): %.1f statements and %.1f rows a minute%n", IDLE_BASELINE_SECONDS,
                baseline.statements * 60.0 / IDLE_BASELINE_SECONDS, baseline.rows * 60.0 / IDLE_BASELINE_SECONDS);
        result.target("idle line: " + placed + " of " + IDLE_LINE_CUSTOMERS + " customers placed, " + stillWaiting
                + " still waiting after the wait", placed == IDLE_LINE_CUSTOMERS && stillWaiting == placed);
        // Three decimals: the figure is far below one.
        double perCustomerMinute = writes.statements / customerMinutes;
        result.target("writesPerWaitingCustomerMinute <= " + TARGET_WRITES_PER_CUSTOMER_MINUTE,
                        perCustomerMinute <= TARGET_WRITES_PER_CUSTOMER_MINUTE)
                .put("writesPerWaitingCustomerMinute", String.format(Locale.ROOT, "%.3f", perCustomerMinute))
                .put("rowWritesPerWaitingCustomerMinute", String.format(Locale.ROOT, "%.2f", writes.rows / customerMinutes))
                .put("idleLineCustomers", placed);
    }

    /** One customer of {@link #measure}: joined, holding its line, placed once its first status came. */
    private final class IdleCustomer {
        final Customer customer;
        final URI base;
        final CompletableFuture<JsonObject> placed = new CompletableFuture<>();
        volatile String state = "none";
        volatile LeanLine line;
        volatile boolean closed;

        IdleCustomer(long queue, int number) {
            base = servers.get(number % servers.size());
            customer = new Customer(base);
            var started = customer.start(queue, "Idle " + number);
            if (started.statusCode() != 201) {
                placed.completeExceptionally(new IllegalStateException("join " + started.statusCode()));
                return;
            }
            BenchCustomer.widgetLine(lines, base, customer.token(), frame -> {
                state = frame.getString("state");
                if ("waiting".equals(state)) {
                    placed.complete(frame);
                }
            }, code -> closed = true).whenComplete((opened, failure) -> {
                if (failure != null) {
                    placed.completeExceptionally(failure);
                } else {
                    line = opened;
                }
            });
        }

        boolean stillWaiting() {
            return "waiting".equals(state) && !closed && line != null && line.isOpen();
        }

        void leave() {
            if (line != null) {
                line.close();
            }
            if (customer.token() != null) {
                customer.send("DELETE", "conversation", null);
            }
        }
    }

    private static Writes databaseWrites(Connection db) throws SQLException {
        var all = new ArrayList<>(WRITE_STATEMENTS);
        all.addAll(WRITTEN_ROWS);
        var status = TestDatabase.globalStatus(db, all.toArray(String[]::new));
        return new Writes(WRITE_STATEMENTS.stream().mapToLong(name -> status.getOrDefault(name, 0L)).sum(),
                WRITTEN_ROWS.stream().mapToLong(name -> status.getOrDefault(name, 0L)).sum());
    }

    /** Write statements and rows written, from MariaDB's global counters. */
    private record Writes(long statements, long rows) {
        Writes minus(Writes earlier) {
            return new Writes(statements - earlier.statements, rows - earlier.rows);
        }
    }
}
