package io.tiski.testsupport;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A WebSocket line as the desk or the widget holds it, on the JDK's WebSocket client: an agent's
 * (/ws/agent, with the staff session's cookies) or a customer's (/ws/customer). Every JSON
 * message received is kept in arrival order, and handed to a listener if given.
 */
public final class LiveLine implements AutoCloseable {

    private final BlockingQueue<JsonObject> received;
    private final CompletableFuture<Integer> closedWith;
    private final WebSocket socket;

    private LiveLine(WebSocket socket, BlockingQueue<JsonObject> received, CompletableFuture<Integer> closedWith) {
        this.socket = socket;
        this.received = received;
        this.closedWith = closedWith;
    }

    public static LiveLine agent(StaffClient staff) {
        return agent(staff, message -> { });
    }

    /** The agent's line; {@code listener} runs on the client's thread for each message, before it is kept. */
    public static LiveLine agent(StaffClient staff, Consumer<JsonObject> listener) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Cookie", staff.cookieHeader());
        return open(builder, staff.base(), "ws/agent", listener);
    }

    /**
     * A customer's chat line; it says hello with the token itself (see {@link #send}). Each comes
     * from an address of its own, as different customers do (see {@link #customerAt}), so the limits
     * per client address never join one test's customers with another's.
     */
    public static LiveLine customer(URI base) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Forwarded-For", anyClientAddress());
        return open(builder, base, "ws/customer", message -> { });
    }

    /** A customer's chat line with a cookie, e.g. a load balancer's stickiness cookie ({@link LoadBalancer}). */
    public static LiveLine customer(URI base, String cookieHeader) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Forwarded-For", anyClientAddress())
                .header("Cookie", cookieHeader);
        return open(builder, base, "ws/customer", message -> { });
    }

    public static LiveLine customer() {
        return customer(TestServer.baseUri());
    }

    /**
     * A customer's line opened as a browser on a page of {@code origin} opens it, for the widget of
     * {@code organisationId}; the handshake may be refused (then this throws).
     */
    public static LiveLine customerFrom(String origin, long organisationId) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin);
        return open(builder, TestServer.baseUri(), "ws/customer?organisation=" + organisationId, message -> { });
    }

    /**
     * A customer's line as it arrives through a reverse proxy in front of Tiski, for a client at
     * {@code clientAddress} (the proxy's {@code X-Forwarded-For}; the test server trusts its own
     * machine as a proxy, see {@code TISKI_TRUSTED_PROXIES}). Limits per address see that address.
     */
    public static LiveLine customerAt(String clientAddress) {
        var builder = HttpClient.newHttpClient().newWebSocketBuilder().header("X-Forwarded-For", clientAddress);
        return open(builder, TestServer.baseUri(), "ws/customer", message -> { });
    }

    /** A client address nobody else in the run is likely to have (10.x.y.z), for {@link #customerAt}. */
    public static String anyClientAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }

    /** Whether the server has closed the line (or it failed). */
    public boolean isClosed() {
        return closedWith.isDone();
    }

    /** Sends one text frame and waits until it is handed to the network. */
    public void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The close code the server sent, waiting up to {@code timeout} for it. */
    public int closeCode(Duration timeout) {
        try {
            return closedWith.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("The server did not close the line within " + timeout, e);
        }
    }

    private static LiveLine open(WebSocket.Builder builder, URI base, String path, Consumer<JsonObject> listener) {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        CompletableFuture<Integer> closedWith = new CompletableFuture<>();
        var uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(path);
        var socket = builder
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            var message = jakarta.json.Json.createReader(new StringReader(text.toString())).readObject();
                            text.setLength(0);
                            listener.accept(message);
                            received.add(message);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closedWith.complete(statusCode);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closedWith.complete(-1);
                    }
                });
        try {
            return new LiveLine(socket.join(), received, closedWith);
        } catch (CompletionException e) {
            throw new IllegalStateException("The line was refused", e.getCause());
        }
    }

    /** The next pushed message that matches, waiting up to {@code timeout}; fails if none comes. */
    public JsonObject next(Predicate<JsonObject> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                var message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new AssertionError("No matching message on the line within " + timeout);
                }
                if (matching.test(message)) {
                    return message;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }
}
