package io.tiski.testsupport;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * An agent's live line (/ws/agent) as the desk holds it: the JDK's WebSocket client with the staff
 * session's cookies. Every pushed message is kept in arrival order, and handed to a listener if given.
 */
public final class AgentFeed implements AutoCloseable {

    private final BlockingQueue<JsonObject> received;
    private final WebSocket socket;

    private AgentFeed(WebSocket socket, BlockingQueue<JsonObject> received) {
        this.socket = socket;
        this.received = received;
    }

    public static AgentFeed connect(StaffClient staff) {
        return connect(staff, message -> { });
    }

    /** Opens the line; {@code listener} runs on the client's thread for each message, before it is kept. */
    public static AgentFeed connect(StaffClient staff, Consumer<JsonObject> listener) {
        BlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
        var uri = URI.create(staff.base().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
        var socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", staff.cookieHeader())
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
                });
        try {
            return new AgentFeed(socket.join(), received);
        } catch (CompletionException e) {
            throw new IllegalStateException("The agent line was refused", e.getCause());
        }
    }

    /** The next pushed message that matches, waiting up to {@code timeout}; fails if none comes. */
    public JsonObject next(Predicate<JsonObject> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (true) {
                var message = received.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (message == null) {
                    throw new AssertionError("No matching message on the agent line within " + timeout);
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
