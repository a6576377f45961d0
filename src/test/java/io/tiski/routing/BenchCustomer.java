package io.tiski.routing;

import io.tiski.testsupport.Customer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One customer of the routing benchmark, known by its name (which the agent sees in the offer) and
 * counted in the phase it joined in, whenever its offer or connection comes. It ends in exactly one
 * outcome: connected, an error of some kind, or still waiting when the phase is counted; the first
 * outcome set wins, so nothing is counted twice.
 */
final class BenchCustomer {

    static final String CONNECTED = "connected";

    final String name;
    final RoutingPhase phase;
    final Customer customer = new Customer();
    /** When the customer meant to join (monotonic clock): latencies start here, so a late client shows. */
    final long dueNanos;
    /** When the join request was sent (wall clock, to compare with the server's offer time). */
    volatile long sentMillis;
    volatile ScheduledFuture<?> polling;
    private final AtomicBoolean shown = new AtomicBoolean();
    /** Open once the customer's start has been answered (it then has its token), whatever the answer. */
    private final CountDownLatch answered = new CountDownLatch(1);
    private final AtomicReference<String> outcome = new AtomicReference<>();

    BenchCustomer(String name, RoutingPhase phase, long dueNanos) {
        this.name = name;
        this.phase = phase;
        this.dueNanos = dueNanos;
    }

    void startAnswered() {
        answered.countDown();
    }

    /**
     * Waits until the customer's start has been answered. The offer is pushed to the agent as soon
     * as the join commits, often before the customer's own HTTP answer arrives; like the widget,
     * the customer can only ask for its status once it has its token.
     */
    boolean awaitStartAnswered(long seconds) {
        try {
            return answered.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The first time an agent is shown this customer's offer; later pushes of the same offer are not. */
    boolean firstShown() {
        return shown.compareAndSet(false, true);
    }

    boolean wasShown() {
        return shown.get();
    }

    /** Sets the outcome unless one is set; answers whether this call set it. */
    boolean end(String how) {
        boolean first = outcome.compareAndSet(null, how);
        if (first && polling != null) {
            polling.cancel(false);
        }
        return first;
    }

    /** Connected, an error kind, or null while still waiting. */
    String outcome() {
        return outcome.get();
    }
}
