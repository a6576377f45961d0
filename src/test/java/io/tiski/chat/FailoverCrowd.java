package io.tiski.chat;

import io.tiski.testsupport.LeanLine;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The desks and widgets of {@link ServerFailoverIT}: one line each through the load balancer, all
 * on one shared JDK client and one timer thread, none with a thread of its own. Each behaves as
 * the desk and the widget do (resources/tiski/shared: chat-line.js, outbox.js, seq-order.js) when
 * its line dies: it reconnects after a short back-off with the same cookies (a desk) or token (a
 * widget), catches up after the last number it has in order, sends again what was not
 * acknowledged with the same client id, and catches up again when a number is skipped. A frame
 * numbered like one it already has is dropped, as the clients drop it; a client id under a second
 * number would be shown twice and is kept as a failure.
 */
final class FailoverCrowd implements AutoCloseable {

    /** Answers that mean "nothing was stored, send it again as it was" (as outbox.js). */
    private static final Set<String> RETRYABLE = Set.of("error.retry", "chat.tooFast", "error.unavailable");

    private final URI base;
    private final int messages;
    private final HttpClient http = LeanLine.sharedClient(4);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "failover-crowd");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Client> clients = new ArrayList<>();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean writing;
    private volatile CountDownLatch wave = new CountDownLatch(1);

    FailoverCrowd(URI base, int messages) {
        this.base = base;
        this.messages = messages;
    }

    /** A desk for the agent's conversations, on the agent's session cookies (the balancer's included). */
    Client desk(String name, String server, String cookieHeader, List<Long> conversations) {
        return add(new Client(name, server, "ws/agent", Map.of("Cookie", cookieHeader), null, conversations, "agent"));
    }

    /** A widget for the customer's conversation, kept on {@code server} by the balancer's cookie. */
    Client widget(String name, String server, String cookieHeader, String token, long conversation) {
        var headers = Map.of("Cookie", cookieHeader, "X-Forwarded-For", io.tiski.testsupport.LiveLine.anyClientAddress());
        return add(new Client(name, server, "ws/customer", headers, token, List.of(conversation), "cust"));
    }

    private Client add(Client client) {
        clients.add(client);
        client.connect();
        return client;
    }

    List<Client> clients() {
        return clients;
    }

    /** Every line is up and has caught up on each of its conversations. */
    boolean allCaughtUp() {
        return clients.stream().allMatch(Client::caughtUp);
    }

    /**
     * Every writer writes in waves, every {@code waveMillis}: each with nothing in flight writes its
     * next message, so that right after a wave most of them have one in flight.
     */
    void startWriting(long waveMillis) {
        writing = true;
        timer.scheduleAtFixedRate(() -> {
            try {
                clients.forEach(Client::writeNext);
            } catch (RuntimeException e) {
                failures.add("a wave failed: " + e);
            }
            var sent = wave;
            wave = new CountDownLatch(1);
            sent.countDown();
        }, 0, waveMillis, TimeUnit.MILLISECONDS);
    }

    /** Returns right after the next wave was handed to the lines: the moment to kill a server. */
    void awaitWave() {
        try {
            if (!wave.await(1, TimeUnit.MINUTES)) {
                throw new AssertionError("No wave of messages within a minute");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The fewest messages any writer has had acknowledged. */
    int fewestAcked() {
        return clients.stream().flatMap(c -> c.writers.values().stream()).mapToInt(ChatWriter::ackedCount).min().orElse(0);
    }

    int acked() {
        return clients.stream().flatMap(c -> c.writers.values().stream()).mapToInt(ChatWriter::ackedCount).sum();
    }

    boolean allWritten() {
        return fewestAcked() == messages;
    }

    /** Every reader shows every acknowledged message of its conversations, both sides'. */
    boolean allDelivered() {
        Map<Long, List<String>> acked = new HashMap<>();
        for (var client : clients) {
            client.writers.forEach((conversation, writer) -> acked.computeIfAbsent(conversation, c -> new ArrayList<>())
                    .addAll(writer.ackedIds()));
        }
        return clients.stream().allMatch(client -> client.showsAll(acked));
    }

    /** Who has not finished, for a failure message. */
    String stuck() {
        List<String> lines = new ArrayList<>();
        for (var client : clients) {
            synchronized (client) {
                String writers = client.writers.values().stream().filter(w -> w.ackedCount() < messages)
                        .map(w -> w.conversation + ": " + w.ackedCount() + " acked, pending " + w.pending)
                        .collect(java.util.stream.Collectors.joining("; "));
                if (!writers.isEmpty() || client.line == null) {
                    lines.add(client.name + " (" + (client.line == null ? "down" : "up") + ", " + client.connects + " connects, closes "
                            + client.closeCodes + "): " + writers);
                }
            }
        }
        return lines.size() + " clients not done: " + String.join(" | ", lines.subList(0, Math.min(10, lines.size())));
    }

    List<String> failures() {
        return failures;
    }

    /**
     * The client ids each side wrote in the conversation, in order, all acknowledged once all is
     * written; keyed by their common beginning ("cust-12-", "agent-12-").
     */
    Map<String, List<String>> written(long conversation) {
        Map<String, List<String>> written = new LinkedHashMap<>();
        for (var client : clients) {
            var writer = client.writers.get(conversation);
            if (writer != null) {
                written.put(writer.side + "-" + conversation + "-", writer.ackedIds());
            }
        }
        return written;
    }

    /** Whether the first client reading the conversation has its numbers 1, 2, 3 ... without a gap. */
    boolean numberedWithoutGaps(long conversation) {
        for (var client : clients) {
            synchronized (client) {
                var reader = client.readers.get(conversation);
                if (reader != null) {
                    return reader.all.isEmpty() || reader.all.lastKey() == reader.all.size();
                }
            }
        }
        return false;
    }

    /** What each client shows of the conversation: number → client id (system messages left out). */
    Map<String, NavigableMap<Long, String>> shown(long conversation) {
        Map<String, NavigableMap<Long, String>> shown = new LinkedHashMap<>();
        for (var client : clients) {
            var reader = client.readers.get(conversation);
            if (reader != null) {
                synchronized (client) {
                    shown.put(client.name, new TreeMap<>(reader.chat));
                }
            }
        }
        return shown;
    }

    /** Messages sent again with the same client id after a reconnect. */
    int sentAgain() {
        return clients.stream().mapToInt(c -> c.sentAgain).sum();
    }

    /** Frames that came again with a number the client had, and were dropped as the clients drop them. */
    int repeats() {
        return clients.stream().flatMap(c -> c.readers.values().stream()).mapToInt(r -> r.repeats).sum();
    }

    @Override
    public void close() {
        writing = false;
        clients.forEach(Client::close);
        timer.shutdownNow();
    }

    private void later(Runnable task, long millis) {
        timer.schedule(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                failures.add("timer task failed: " + e);
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    private static JsonObject parse(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    /** A desk or a widget: its line, what it writes and what it shows, per conversation. Guarded by itself. */
    final class Client {
        final String name;
        /** The server the balancer's cookie keeps it on while that server is up. */
        final String server;
        private final String path;
        private final Map<String, String> headers;
        private final String token;
        private final Map<Long, ChatWriter> writers = new LinkedHashMap<>();
        private final Map<Long, SeqOrder> readers = new LinkedHashMap<>();
        private LeanLine line;
        private int generation;
        int connects;
        /** Messages in flight when a line died, sent again with the same client id on the next. */
        int sentAgain;
        final List<Integer> closeCodes = new ArrayList<>();

        private Client(String name, String server, String path, Map<String, String> headers, String token, List<Long> conversations,
                       String side) {
            this.name = name;
            this.server = server;
            this.path = path;
            this.headers = headers;
            this.token = token;
            for (long conversation : conversations) {
                writers.put(conversation, new ChatWriter(side, conversation));
                readers.put(conversation, new SeqOrder());
            }
        }

        private synchronized void connect() {
            int attempt = ++generation;
            LeanLine.openWithHeaders(http, base, path, headers, this::received, code -> closed(attempt, code))
                    .whenComplete((opened, error) -> {
                        if (error != null) {
                            // Refused or unreachable (the balancer has not yet seen the server die): back off, try again.
                            synchronized (this) {
                                closeCodes.add(0);
                            }
                            later(this::connect, backOff());
                        } else {
                            greet(attempt, opened);
                        }
                    });
        }

        /** As the clients do on each connect: catch up after the last number in order, then the outbox again. */
        private synchronized void greet(int attempt, LeanLine opened) {
            if (attempt != generation) {
                opened.close();
                return;
            }
            line = opened;
            connects++;
            readers.forEach((conversation, reader) -> {
                reader.catchingUp = true;
                line.send(token != null ? hello(token, reader.last) : resume(conversation, reader.last));
            });
            writers.values().stream().filter(w -> w.pending != null).forEach(w -> {
                if (connects > 1) {
                    sentAgain++;
                }
                line.send(w.frame(token == null));
            });
        }

        private synchronized void closed(int attempt, int code) {
            if (attempt != generation) {
                return;
            }
            closeCodes.add(code);
            line = null;
            ++generation;
            later(this::connect, backOff());
        }

        /** A frame on the line; a frame it cannot read is a failure, not a reason to drop the line. */
        private synchronized void received(String text) {
            try {
                handle(parse(text), text);
            } catch (RuntimeException e) {
                failures.add(name + ": could not read " + text + ": " + e);
            }
        }

        private void handle(JsonObject frame, String text) {
            long conversation = frame.get("conversationId") instanceof jakarta.json.JsonNumber number ? number.longValue() : -1;
            switch (frame.getString("type", "")) {
                case "message" -> {
                    var reader = readers.get(conversation);
                    if (reader != null) {
                        String clientId = frame.getString("sender").equals("SYSTEM") ? null : frame.getString("clientId", null);
                        long resumeAfter = reader.received(frame.getJsonNumber("seq").longValue(), clientId);
                        if (resumeAfter >= 0) {
                            send(resume(conversation, resumeAfter));
                        }
                    }
                }
                case "caughtUp" -> {
                    var reader = readers.get(conversation);
                    if (reader != null) {
                        long resumeAfter = reader.caughtUp(frame.getJsonNumber("lastSeq").longValue());
                        if (resumeAfter >= 0) {
                            send(resume(conversation, resumeAfter));
                        }
                    }
                }
                case "ack" -> {
                    var writer = writers.get(conversation);
                    if (writer != null) {
                        writer.acked(frame.getString("clientId"));
                    }
                }
                case "error" -> {
                    String clientId = frame.getString("clientId", null);
                    var writer = writers.values().stream().filter(w -> clientId != null && clientId.equals(w.pending)).findFirst();
                    if (writer.isEmpty()) {
                        failures.add(name + ": error frame " + text);
                    } else if (RETRYABLE.contains(frame.getString("code", ""))) {
                        later(() -> resend(writer.get(), clientId), 500);
                    } else {
                        failures.add(name + ": refused for good " + text);
                    }
                }
                default -> {
                    // status, inbox and queue boards: not what this test counts
                }
            }
        }

        /** Each writer's next message, unless one is in flight or it has written them all. */
        private synchronized void writeNext() {
            for (var writer : writers.values()) {
                if (writing && writer.pending == null && writer.sentCount() < messages) {
                    writer.next();
                    send(writer.frame(token == null));
                }
            }
        }

        private synchronized void resend(ChatWriter writer, String clientId) {
            if (clientId.equals(writer.pending)) {
                send(writer.frame(token == null));
            }
        }

        /** Onto the line if it is up; otherwise the next connect sends what is pending. */
        private void send(String frame) {
            if (line != null) {
                line.send(frame);
            }
        }

        private synchronized boolean showsAll(Map<Long, List<String>> acked) {
            return readers.entrySet().stream().allMatch(e -> e.getValue().showsAll(acked.getOrDefault(e.getKey(), List.of())));
        }

        synchronized boolean caughtUp() {
            return line != null && readers.values().stream().noneMatch(r -> r.catchingUp);
        }

        synchronized boolean isUp() {
            return line != null;
        }

        private synchronized void close() {
            ++generation;
            if (line != null) {
                line.close();
                line = null;
            }
        }

        private long backOff() {
            return 200 + ThreadLocalRandom.current().nextLong(300);
        }
    }

    private static String hello(String token, long afterSeq) {
        return Json.createObjectBuilder().add("type", "hello").add("token", token).add("afterSeq", afterSeq).build().toString();
    }

    private static String resume(long conversation, long afterSeq) {
        return Json.createObjectBuilder().add("type", "resume").add("conversationId", conversation).add("afterSeq", afterSeq)
                .build().toString();
    }
}
