package io.tiski.testsupport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A server's garbage collections so far, counted by the JDK's {@code jstat -gc}, which reads the
 * JVM's own counters every {@value #INTERVAL_MS} ms (one small process per server for the whole
 * run, nothing attached to the server): collections and the time they took (young, full, and the
 * pauses of G1's concurrent cycle). A benchmark takes the difference over a second to see whether
 * that second's slow messages met a collection.
 */
public final class GcPauses implements AutoCloseable {

    private static final int INTERVAL_MS = 200;
    private static final List<String> COUNTS = List.of("YGC", "FGC", "CGC");
    private static final List<String> TIMES = List.of("YGCT", "FGCT", "CGCT");

    private final Process jstat;
    // The latest line's totals: collections, and their time in µs; one writer (the reader thread).
    private volatile Totals latest = new Totals(0, 0);

    private GcPauses(long pid) {
        var command = Path.of(System.getProperty("java.home"), "bin", "jstat").toString();
        try {
            jstat = new ProcessBuilder(command, "-J-Duser.language=en", "-gc", Long.toString(pid),
                    Integer.toString(INTERVAL_MS))
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var reader = new Thread(this::read, "gc-pauses-" + pid);
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts counting that server's collections. */
    public static GcPauses of(ServerProcess server) {
        return new GcPauses(server.pid());
    }

    /** Collections and their time since the server started, as of at most {@value #INTERVAL_MS} ms ago. */
    public Totals totals() {
        return latest;
    }

    @Override
    public void close() {
        jstat.destroy();
    }

    private void read() {
        try (var lines = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
            List<String> header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                var fields = Arrays.asList(line.trim().split("\\s+"));
                if (fields.contains("YGC")) {
                    header = fields;
                } else if (header != null && fields.size() == header.size()) {
                    latest = new Totals(sum(header, fields, COUNTS, 1), sum(header, fields, TIMES, 1_000_000));
                }
            }
        } catch (IOException | RuntimeException e) {
            // jstat ended (closed, or the server is gone): the last totals stand.
        }
    }

    /** The named columns' sum ("-" where a collector has none), times the scale. */
    private static long sum(List<String> header, List<String> fields, List<String> columns, double scale) {
        double total = 0;
        for (String column : columns) {
            int index = header.indexOf(column);
            if (index >= 0 && !fields.get(index).equals("-")) {
                total += Double.parseDouble(fields.get(index));
            }
        }
        return Math.round(total * scale);
    }

    /** Collections so far and the time they took in µs. */
    public record Totals(long collections, long micros) {

        public Totals minus(Totals earlier) {
            return new Totals(collections - earlier.collections, micros - earlier.micros);
        }
    }
}
