package io.tiski.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end of a benchmark: its headline figures, the targets they were held to, and what in the
 * set-up limited a figure (client threads, too few agents, a busy machine). {@link #finish} prints
 * them, ending with one line {@code RESULT <name>: key=value ...} that a script can grep, and fails
 * the test (so Maven exits non-zero) when a target was missed.
 */
public final class BenchmarkResult {

    private final String name;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final List<String> missed = new ArrayList<>();
    private final List<String> limits = new ArrayList<>();

    public BenchmarkResult(String name) {
        this.name = name;
    }

    /** A headline figure; doubles are printed with one decimal (none if whole), spaces become underscores. */
    public BenchmarkResult put(String key, Object value) {
        String text = value instanceof Double d && d != Math.rint(d) ? String.format(Locale.ROOT, "%.1f", d)
                : value instanceof Double d ? Long.toString(d.longValue()) : String.valueOf(value);
        figures.put(key, text.replace(' ', '_'));
        return this;
    }

    /** A figure held to an upper bound; NaN (nothing measured) misses it. */
    public BenchmarkResult atMost(String key, double value, double limit) {
        put(key, value);
        return target(key + " <= " + format(limit), value <= limit);
    }

    /** A figure held to a lower bound; NaN (nothing measured) misses it. */
    public BenchmarkResult atLeast(String key, double value, double limit) {
        put(key, value);
        return target(key + " >= " + format(limit), value >= limit);
    }

    /** A target stated in words, met or not. */
    public BenchmarkResult target(String description, boolean met) {
        if (!met) {
            missed.add(description);
        }
        return this;
    }

    /** Something in the set-up, not the server, that limited a figure. */
    public BenchmarkResult limitedBy(String why) {
        limits.add(why);
        return this;
    }

    /** Prints the limits, the missed targets and the RESULT line (last), then fails if a target was missed. */
    public void finish() {
        String load = loadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (!load.isEmpty() && Double.parseDouble(load) > cores) {
            limitedBy("a busy machine: load average " + load + " on " + cores + " cores");
        }
        limits.forEach(limit -> System.out.println(name + ": limited by " + limit));
        missed.forEach(target -> System.out.println(name + ": target missed: " + target));
        put("load", load.isEmpty() ? "?" : load);
        put("targetsMissed", missed.size());
        var line = new StringBuilder("RESULT ").append(name).append(':');
        figures.forEach((key, value) -> line.append(' ').append(key).append('=').append(value));
        System.out.println(line);
        if (!missed.isEmpty()) {
            throw new AssertionError(name + " missed " + String.join("; ", missed)
                    + (limits.isEmpty() ? "" : " (limited by " + String.join("; ", limits) + ")"));
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    /** The one-minute load average, or empty where /proc has none. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }
}
