package io.tiski.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A WebSocket line for load tests: unlike {@link LiveLine} it keeps nothing it receives (each text
 * frame goes to a listener) and runs on an {@link HttpClient} shared by every line, so thousands of
 * lines cost one selector thread and a small pool instead of a client and its threads each.
 */
public final class LeanLine {

    private final WebSocket socket;
    private final Closed closed;
    // The JDK client allows one unfinished send per socket; later sends wait behind it.
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    private LeanLine(WebSocket socket, Closed closed) {
        this.socket = socket;
        this.closed = closed;
    }

    /** One client for many lines; its listeners run on {@code threads} daemon threads. */
    public static HttpClient sharedClient(int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            var thread = new Thread(runnable, "lean-line");
            thread.setDaemon(true);
            return thread;
        });
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(pool).build();
    }

    /**
     * Opens {@code path} (e.g. "ws/customer") on the server under test. {@code onText} gets every
     * whole text frame; {@code onClosed} the close code (or -1 after a transport error), once. A line
     * without cookies is a customer's, from a client address of its own.
     */
    public static CompletableFuture<LeanLine> open(HttpClient client, String path, String cookieHeader,
                                                   Consumer<String> onText, Consumer<Integer> onClosed) {
        return open(client, TestServer.baseUri(), path, cookieHeader, onText, onClosed);
    }

    /** The same on the server at {@code base} (another server of the installation, e.g. {@link SecondServer}). */
    public static CompletableFuture<LeanLine> open(HttpClient client, URI base, String path, String cookieHeader,
                                                   Consumer<String> onText, Consumer<Integer> onClosed) {
        // A customer: each from an address of its own, as in LiveLine.customer.
        var headers = cookieHeader != null ? Map.of("Cookie", cookieHeader) : Map.of("X-Forwarded-For", LiveLine.anyClientAddress());
        return openWithHeaders(client, base, path, headers, onText, onClosed);
    }

    /**
     * Opens {@code path} on the server at {@code base}, e.g. a {@link LoadBalancer}, with exactly the
     * headers given (a customer's X-Forwarded-For, a staff session's and the balancer's cookies);
     * otherwise as {@link #open(HttpClient, String, String, Consumer, Consumer)}.
     */
    public static CompletableFuture<LeanLine> openWithHeaders(HttpClient client, URI base, String path, Map<String, String> headers,
                                                   Consumer<String> onText, Consumer<Integer> onClosed) {
        var uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(path);
        var builder = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        headers.forEach(builder::header);
        var closed = new Closed(onClosed);
        return builder.buildAsync(uri, new WebSocket.Listener() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                text.append(data);
                if (last) {
                    String frame = text.toString();
                    text.setLength(0);
                    onText.accept(frame);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                closed.with(statusCode);
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                closed.with(-1);
            }
        }).thenApply(socket -> new LeanLine(socket, closed));
    }

    /** Queues a text frame behind the ones sent before; a failed send counts as the line closing. */
    public synchronized void send(String text) {
        lastSend = lastSend.thenCompose(previous -> socket.sendText(text, true))
                .exceptionally(error -> {
                    closed.with(-1);
                    return null;
                });
    }

    public boolean isOpen() {
        return !closed.happened && !socket.isInputClosed();
    }

    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").exceptionally(e -> null);
    }

    /** Reports the end of the line once, whichever way it came (close frame, error, failed send). */
    private static final class Closed {
        private final Consumer<Integer> listener;
        private volatile boolean happened;

        Closed(Consumer<Integer> listener) {
            this.listener = listener;
        }

        synchronized void with(int code) {
            if (!happened) {
                happened = true;
                listener.accept(code);
            }
        }
    }
}
