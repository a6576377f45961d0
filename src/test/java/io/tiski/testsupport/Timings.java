package io.tiski.testsupport;

import java.util.Arrays;
import java.util.Locale;

/**
 * Durations measured by a benchmark, kept in nanoseconds and read as percentiles in milliseconds
 * (nearest rank: the smallest sample with at least p % of the samples at or below it). Safe to add
 * to from many threads.
 */
public final class Timings {

    private long[] values = new long[1024];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public void addMillis(double millis) {
        add(Math.round(millis * 1e6));
    }

    public synchronized int count() {
        return size;
    }

    public synchronized void clear() {
        size = 0;
    }

    /** The p-th percentile in milliseconds, NaN without samples. */
    public synchronized double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100 * size) - 1;
        return sorted[Math.min(size - 1, Math.max(0, index))] / 1e6;
    }

    public double max() {
        return percentile(100);
    }

    /** "n=… p50=… p95=… p99=… p99.9=… max=…" in milliseconds, or "no samples". */
    public String summary() {
        if (count() == 0) {
            return "no samples";
        }
        return String.format(Locale.ROOT, "n=%,d p50=%s p95=%s p99=%s p99.9=%s max=%s ms", count(),
                millis(percentile(50)), millis(percentile(95)), millis(percentile(99)), millis(percentile(99.9)),
                millis(max()));
    }

    /** One decimal below 100 ms, none above: as precise as such figures deserve. */
    public static String millis(double millis) {
        return Double.isNaN(millis) ? "-" : String.format(Locale.ROOT, millis < 100 ? "%.1f" : "%.0f", millis);
    }
}
