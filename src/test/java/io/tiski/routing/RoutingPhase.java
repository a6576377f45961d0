package io.tiski.routing;

import io.tiski.testsupport.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The figures of one phase of the routing benchmark (the warm-up or a stage at one join rate),
 * about the customers who joined in it only: their latencies, their outcomes, incidents on the
 * way (an accept refused, a customer's line that failed), and samples of the waiting line and of the agents'
 * occupied chat slots taken while the phase's joins ran.
 */
final class RoutingPhase {

    final String label;
    final int rate;
    final int seconds;
    final Timings joinLag = new Timings();
    final Timings joinToOfferMade = new Timings();
    final Timings joinToOfferShown = new Timings();
    /** Join → offer shown of the customers whose offer went to an agent on the other server (two servers). */
    final Timings joinToOfferShownAcross = new Timings();
    final Timings acceptToConnected = new Timings();
    private final List<BenchCustomer> customers = new ArrayList<>();
    private final Map<String, AtomicInteger> incidents = new ConcurrentHashMap<>();
    private final Map<BenchCustomer, Long> shownAfter = new ConcurrentHashMap<>();
    // (seconds since the phase started, customers waiting for an offer, chat slots in use)
    private final List<double[]> samples = new ArrayList<>();
    private volatile long startNanos;
    private volatile long endNanos;
    /** The % of one core each server used while the joins ran, in the order of the servers. */
    private volatile List<Double> serverCpu = List.of();

    RoutingPhase(String label, int rate, int seconds) {
        this.label = label;
        this.rate = rate;
        this.seconds = seconds;
    }

    void started(long nanos) {
        startNanos = nanos;
    }

    void joinsEnded(long nanos) {
        endNanos = nanos;
    }

    synchronized void add(BenchCustomer customer) {
        customers.add(customer);
    }

    synchronized List<BenchCustomer> customers() {
        return List.copyOf(customers);
    }

    void incident(String kind) {
        incidents.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    }

    int incidentCount() {
        return incidents.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    synchronized void sample(long nanos, int unoffered, int occupied) {
        if (startNanos != 0 && endNanos == 0) {
            samples.add(new double[] {(nanos - startNanos) / 1e9, unoffered, occupied});
        }
    }

    /** Outcome → customers: "connected", each error kind, and "waiting" for those with none yet. */
    Map<String, Integer> outcomes() {
        Map<String, Integer> counts = new TreeMap<>();
        for (var customer : customers()) {
            String outcome = customer.outcome();
            counts.merge(outcome == null ? "waiting" : outcome, 1, Integer::sum);
        }
        return counts;
    }

    /** Customers of this phase in the line who have not been shown to an agent yet. */
    int waitingForOffer() {
        return (int) customers().stream().filter(c -> c.outcome() == null && !c.wasShown()).count();
    }

    int joined() {
        return customers().size();
    }

    int count(String outcome) {
        return outcomes().getOrDefault(outcome, 0);
    }

    int errors() {
        return joined() - count(BenchCustomer.CONNECTED) - count("waiting");
    }

    /** Joins per second the client managed over the phase's join window. */
    double joinRate() {
        return joined() / ((endNanos - startNanos) / 1e9);
    }

    /** Growth of the line waiting for an offer over the second half of the joins, in customers/s (least squares). */
    synchronized double lineSlope() {
        var half = samples.stream().filter(s -> s[0] >= seconds / 2.0).toList();
        if (half.size() < 2) {
            return 0;
        }
        double mx = half.stream().mapToDouble(s -> s[0]).average().orElse(0);
        double my = half.stream().mapToDouble(s -> s[1]).average().orElse(0);
        double sxy = half.stream().mapToDouble(s -> (s[0] - mx) * (s[1] - my)).sum();
        double sxx = half.stream().mapToDouble(s -> (s[0] - mx) * (s[0] - mx)).sum();
        return sxx == 0 ? 0 : sxy / sxx;
    }

    synchronized double longestLine() {
        return samples.stream().mapToDouble(s -> s[1]).max().orElse(0);
    }

    /** The fraction of the agents' chat capacity-time not in use while the joins ran. */
    synchronized double idleShare(int slots) {
        return 1 - samples.stream().mapToDouble(s -> s[2]).average().orElse(0) / slots;
    }

    synchronized int fewestFreeSlots(int slots) {
        return slots - (int) samples.stream().mapToDouble(s -> s[2]).max().orElse(0);
    }

    /** Median join → offer shown of the customers due in the first and the last quarter of the joins. */
    double[] earlyAndLateMedian() {
        var early = new Timings();
        var late = new Timings();
        for (var customer : customers()) {
            double at = (customer.dueNanos - startNanos) / 1e9;
            Long shownAfter = shownAfter(customer);
            if (shownAfter != null && at < seconds / 4.0) {
                early.add(shownAfter);
            } else if (shownAfter != null && at >= seconds * 3 / 4.0) {
                late.add(shownAfter);
            }
        }
        return new double[] {early.percentile(50), late.percentile(50)};
    }

    /**
     * The customer's offer was shown to an agent {@code nanos} after they were due to join;
     * {@code across}: the agent's line is on another server than the one the customer joined on.
     */
    void shown(BenchCustomer customer, long nanos, boolean across) {
        shownAfter.put(customer, nanos);
        joinToOfferShown.add(nanos);
        if (across) {
            joinToOfferShownAcross.add(nanos);
        }
    }

    void serverCpu(List<Double> shares) {
        serverCpu = List.copyOf(shares);
    }

    List<Double> serverCpu() {
        return serverCpu;
    }

    private Long shownAfter(BenchCustomer customer) {
        return shownAfter.get(customer);
    }

    /**
     * Bounded: the line waiting for an offer stops growing (over the second half of the joins it
     * grows by at most 2 % of the join rate per second) and the wait for an offer does not grow
     * either (the median of the last quarter's customers at most twice the first quarter's + 250 ms).
     */
    boolean bounded() {
        double[] medians = earlyAndLateMedian();
        boolean waitSteady = Double.isNaN(medians[1]) ? count("waiting") == 0 : medians[1] <= 2 * medians[0] + 250;
        return lineSlope() <= 0.02 * rate + 0.1 && waitSteady && count("waiting") == 0;
    }

    void print(int slots) {
        double[] medians = earlyAndLateMedian();
        System.out.printf(Locale.ROOT, "RoutingBenchmark %s: %d joins/s for %d s, %d joined (%.1f/s managed)"
                        + " = %s; incidents %d%n", label, rate, seconds, joined(), joinRate(), outcomes(), incidentCount());
        incidents.forEach((kind, count) -> System.out.printf("  incident: %s x%d%n", kind, count.get()));
        System.out.printf(Locale.ROOT, "  waiting line: longest %.0f, growth over the second half %.2f/s;"
                        + " median join -> offer shown, first quarter %s ms, last quarter %s ms: %s%n",
                longestLine(), lineSlope(), Timings.millis(medians[0]), Timings.millis(medians[1]),
                bounded() ? "bounded" : "NOT bounded");
        System.out.printf(Locale.ROOT, "  agents: idle share %.2f of %d chat slots, fewest free slots %d%n",
                idleShare(slots), slots, fewestFreeSlots(slots));
        System.out.println("  join lag (due -> sent)          " + joinLag.summary());
        System.out.println("  join -> offer made (server)     " + joinToOfferMade.summary());
        System.out.println("  join -> offer shown to agent    " + joinToOfferShown.summary());
        if (joinToOfferShownAcross.count() > 0) {
            System.out.println("    of which on the other server  " + joinToOfferShownAcross.summary());
        }
        System.out.println("  accept -> both connected        " + acceptToConnected.summary());
    }
}
