package io.tiski.routing;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LeanLine;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * One customer of the routing benchmark, known by its name (which the agent sees in the offer) and
 * counted in the phase it joined in, whenever its offer or connection comes. It ends in exactly one
 * outcome: connected, an error of some kind, or still waiting when the phase is counted; the first
 * outcome set wins, so nothing is counted twice. Like the widget it holds its line (/ws/customer)
 * from its start until its chat ends, and learns from the line's status frames that an agent has
 * it; it never polls.
 */
final class BenchCustomer {

    static final String CONNECTED = "connected";

    final String name;
    final RoutingPhase phase;
    /** The server it joins on and holds its line to (0: the server under test, 1: the second server). */
    final int server;
    final URI base;
    final Customer customer;
    /** When the customer meant to join (monotonic clock): latencies start here, so a late client shows. */
    final long dueNanos;
    /** When the join request was sent (wall clock, to compare with the server's offer time). */
    volatile long sentMillis;
    volatile LeanLine line;
    /** When (monotonic clock) its line first heard "assigned". */
    final CompletableFuture<Long> assigned = new CompletableFuture<>();
    private final AtomicBoolean shown = new AtomicBoolean();
    private final AtomicReference<String> outcome = new AtomicReference<>();
    private volatile boolean hungUp;

    BenchCustomer(String name, RoutingPhase phase, long dueNanos, int server, URI base) {
        this.name = name;
        this.phase = phase;
        this.dueNanos = dueNanos;
        this.server = server;
        this.base = base;
        this.customer = new Customer(base);
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
        return outcome.compareAndSet(null, how);
    }

    /** Closes its line, if it has one (the chat ended, or the customer leaves). */
    void hangUp() {
        hungUp = true;
        var held = line;
        if (held != null) {
            held.close();
        }
    }

    /** Its line, once open; closed at once if the customer hung up while it opened. */
    void holds(LeanLine opened) {
        line = opened;
        if (hungUp) {
            opened.close();
        }
    }

    boolean hungUp() {
        return hungUp;
    }

    /** Connected, an error kind, or null while still waiting. */
    String outcome() {
        return outcome.get();
    }

    /**
     * Opens a customer's line as the widget does once it has joined: hello with the token, then
     * every status frame to {@code onStatus}; {@code onClosed} hears the close code once. Its
     * listeners run on {@code lines}' threads, shared by every line.
     */
    static CompletableFuture<LeanLine> widgetLine(HttpClient lines, URI base, String token, Consumer<JsonObject> onStatus,
                                                 IntConsumer onClosed) {
        return LeanLine.open(lines, base, "ws/customer", null, text -> {
            var frame = Json.createReader(new StringReader(text)).readObject();
            if ("status".equals(frame.getString("type", ""))) {
                onStatus.accept(frame);
            }
        }, onClosed::accept).thenApply(line -> {
            line.send("{\"type\":\"hello\",\"token\":\"" + token + "\",\"afterSeq\":0}");
            return line;
        });
    }
}
