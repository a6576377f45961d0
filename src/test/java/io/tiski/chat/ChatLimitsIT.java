package io.tiski.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.LeanLine;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The chat line's limits and delivery under pressure: one message rate per conversation and per
 * client address however many lines they open, at most five lines per conversation and a few
 * ungreeted ones per address, catch-up of a long conversation in pages that never closes a line,
 * and lines reconnecting in a storm while messages flow without losing any or failing a sender.
 * The test server runs with the shipped defaults (see README, "Configuration").
 */
class ChatLimitsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** The shipped defaults: per conversation (and per agent), per client address, lines. */
    private static final int BURST = 20;
    private static final double PER_SECOND = 5;
    private static final int ADDRESS_BURST = 100;
    private static final double ADDRESS_PER_SECOND = 20;
    private static final int LINES_PER_CONVERSATION = 5;
    private static final int UNGREETED_PER_ADDRESS = 20;

    @Test
    void aConversationGetsOneRateHoweverManyLinesItOpensAndARefusedSendIsStoredWhenSentAgain() {
        var alone = flood(1);
        var many = flood(LINES_PER_CONVERSATION);
        System.out.printf("ChatLimitsIT: one conversation flooding for %.1f s: with 1 line %d of %d sends stored"
                        + " (%.1f/s), with %d lines %d of %d (%.1f/s)%n", alone.seconds, alone.stored, alone.sent,
                alone.stored / alone.seconds, LINES_PER_CONVERSATION, many.stored, many.sent, many.stored / many.seconds);
        for (var run : List.of(alone, many)) {
            assertThat(run.stored).as("the burst, then the rate").isGreaterThanOrEqualTo(BURST)
                    .isLessThanOrEqualTo(BURST + (int) Math.ceil(PER_SECOND * run.seconds) + 2);
        }

        // A refused send loses nothing: the widget sends it again with the same client id.
        var chat = many.chat;
        try (var line = chat.customerLine(0, freshAddress())) {
            line.next(type("caughtUp"), WAIT);
            for (var clientId : many.refused.subList(0, 3)) {
                sendUntilStored(line, clientId);
            }
            sendUntilStored(line, many.refused.get(0));
        }
        try (var reader = chat.customerLine(1, freshAddress())) {
            var bodies = messagesUntilCaughtUp(reader).stream().map(m -> m.getString("body")).toList();
            assertThat(bodies).doesNotHaveDuplicates().hasSize(many.stored + 3)
                    .contains(body(many.refused.get(0)), body(many.refused.get(1)), body(many.refused.get(2)));
        }
    }

    @Test
    void anAddressGetsOneRateAcrossItsConversations() {
        int conversations = 6;
        int each = 30;
        String address = freshAddress();
        List<ActiveChat> chats = new ArrayList<>();
        List<LiveLine> lines = new ArrayList<>();
        try {
            for (int i = 0; i < conversations; i++) {
                var chat = ActiveChat.open(TestOrganisation.create("Limits address"), null);
                chats.add(chat);
                var line = chat.customerLine(0, address);
                line.next(type("caughtUp"), WAIT);
                lines.add(line);
            }
            long start = System.nanoTime();
            for (int n = 0; n < each; n++) {
                for (var line : lines) {
                    line.send(send(ActiveChat.clientId(), "From one address"));
                }
            }
            int stored = 0;
            for (var line : lines) {
                for (int n = 0; n < each; n++) {
                    var answer = line.next(type("ack").or(type("error")), WAIT);
                    if (answer.getString("type").equals("ack")) {
                        stored++;
                    } else {
                        assertThat(answer.getString("code")).isEqualTo("chat.tooFast");
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("ChatLimitsIT: %d conversations from one address, %d sends at once: %d stored in %.2f s"
                    + " (each conversation alone would take %d)%n", conversations, conversations * each, stored, seconds,
                    conversations * BURST);
            assertThat(stored).as("the address's burst, then its rate")
                    .isGreaterThanOrEqualTo(ADDRESS_BURST - 2)
                    .isLessThanOrEqualTo(ADDRESS_BURST + (int) Math.ceil(ADDRESS_PER_SECOND * seconds) + 2);
        } finally {
            lines.forEach(LiveLine::close);
        }
    }

    @Test
    void aConversationHoldsFiveLinesAndASixthReplacesTheOldest() {
        var chat = ActiveChat.open(TestOrganisation.create("Limits lines"), null);
        List<LiveLine> lines = new ArrayList<>();
        try (var desk = LiveLine.agent(chat.agent())) {
            for (int i = 0; i <= LINES_PER_CONVERSATION; i++) {
                var line = chat.customerLine(0, freshAddress());
                line.next(type("caughtUp"), WAIT);
                lines.add(line);
            }
            assertThat(lines.get(0).closeCode(WAIT)).as("the oldest makes way: policy").isEqualTo(1008);
            desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", chat.conversationId())
                    .add("clientId", ActiveChat.clientId()).add("body", "To every line").build().toString());
            for (var line : lines.subList(1, lines.size())) {
                assertThat(line.next(type("message"), WAIT).getString("body")).isEqualTo("To every line");
                assertThat(line.isClosed()).isFalse();
            }
        } finally {
            lines.forEach(LiveLine::close);
        }
    }

    /** The test server's hello deadline is 3 s; the lines here are all opened well within it. */
    @Test
    void anAddressHoldsOnlyAFewLinesThatHaveNotSaidHello() {
        String address = freshAddress();
        List<LiveLine> silent = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < UNGREETED_PER_ADDRESS; i++) {
                silent.add(LiveLine.customerAt(address));
            }
            try (var oneTooMany = LiveLine.customerAt(address)) {
                assertThat(oneTooMany.closeCode(Duration.ofSeconds(2))).as("refused at once: policy").isEqualTo(1008);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            assertThat(seconds).as("before any hello deadline").isLessThan(2.5);
            assertThat(silent).noneMatch(LiveLine::isClosed);

            var chat = ActiveChat.open(TestOrganisation.create("Limits ungreeted"), null);
            try (var elsewhere = chat.customerLine(0, freshAddress())) {
                assertThat(elsewhere.next(type("caughtUp"), WAIT)).as("another address is not held up").isNotNull();
            }
        } finally {
            silent.forEach(LiveLine::close);
        }
    }

    @Test
    void aLongConversationCatchesUpInPagesInOrderAndTheAgentsLineStaysOpen() {
        var chat = ActiveChat.open(TestOrganisation.create("Limits catch-up"), null);
        int old = 3000;
        int privateEvery = 100;
        long lastSeq = TestOrganisation.manyMessages(chat.conversationId(), old, privateEvery);
        assertThat(lastSeq).isEqualTo(old + 1);
        List<Long> everything = LongStream.rangeClosed(1, lastSeq).boxed().toList();
        // The join message (1) and every fixture message but the private notes.
        List<Long> forCustomer = everything.stream().filter(seq -> seq == 1 || (seq - 1) % privateEvery != 0).toList();

        try (var desk = LiveLine.agent(chat.agent())) {
            long start = System.nanoTime();
            String resume = "{\"type\":\"resume\",\"conversationId\":" + chat.conversationId() + ",\"afterSeq\":0}";
            desk.send(resume);
            desk.send(resume);
            for (int time = 0; time < 2; time++) {
                var messages = messagesUntilCaughtUp(desk, chat.conversationId(), lastSeq);
                assertThat(seqs(messages)).as("everything, in order, once per resume").isEqualTo(everything);
            }
            double deskSeconds = (System.nanoTime() - start) / 1e9;

            start = System.nanoTime();
            try (var widget = chat.customerLine(0, freshAddress())) {
                var messages = messagesUntilCaughtUp(widget);
                double widgetSeconds = (System.nanoTime() - start) / 1e9;
                assertThat(seqs(messages)).as("all but the private notes, in order").isEqualTo(forCustomer);
                System.out.printf("ChatLimitsIT: %d messages caught up twice on the agent's line in %.2f s, %d on the"
                        + " customer's in %.2f s%n", lastSeq, deskSeconds, forCustomer.size(), widgetSeconds);

                widget.send(send(ActiveChat.clientId(), "Still there?"));
                var live = desk.next(type("message").and(m -> m.getString("body").equals("Still there?")), WAIT);
                assertThat(live.getJsonNumber("seq").longValue()).isEqualTo(lastSeq + 1);
                assertThat(desk.isClosed()).as("the agent's line stayed open").isFalse();
            }
        }
    }

    /**
     * Agent lines and customer lines of one conversation reconnect over and over while the customer and
     * the agent write: every message reaches the lines that stay, no sender gets an error, and the
     * server logs no failure.
     */
    @Test
    void linesReconnectingWhileMessagesFlowLoseNothingAndNoSenderGetsAnError() throws Exception {
        var chat = ActiveChat.open(TestOrganisation.create("Limits storm"), null);
        long logBefore = TestServer.logSize();
        HttpClient client = LeanLine.sharedClient(2);
        ExecutorService churners = Executors.newFixedThreadPool(6);
        AtomicBoolean flowing = new AtomicBoolean(true);
        AtomicInteger reconnects = new AtomicInteger();
        String hello = Json.createObjectBuilder().add("type", "hello").add("token", chat.customer().token())
                .add("afterSeq", 0).build().toString();
        try (var desk = LiveLine.agent(chat.agent()); var observer = chat.customerLine(0, freshAddress())) {
            observer.next(type("caughtUp"), WAIT);
            List<Future<?>> churning = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                boolean agentLine = i < 4;
                churning.add(churners.submit(() -> {
                    while (flowing.get()) {
                        // Open, wait for the first frame (inbox, or the catch-up's end), close, again.
                        var first = new CompletableFuture<String>();
                        var closed = new CompletableFuture<Integer>();
                        var line = LeanLine.open(client, agentLine ? "ws/agent" : "ws/customer",
                                agentLine ? chat.agent().cookieHeader() : null,
                                text -> {
                                    if (agentLine || text.contains("caughtUp")) {
                                        first.complete(text);
                                    }
                                }, code -> {
                                    first.complete("closed");
                                    closed.complete(code);
                                }).get(10, TimeUnit.SECONDS);
                        if (!agentLine) {
                            line.send(hello);
                        }
                        first.get(10, TimeUnit.SECONDS);
                        line.close();
                        // The server has let it go before the next one comes (a conversation holds five).
                        closed.get(10, TimeUnit.SECONDS);
                        reconnects.incrementAndGet();
                    }
                    return null;
                }));
            }

            int sentByEach = 0;
            List<String> agentIds = new ArrayList<>();
            List<String> customerIds = new ArrayList<>();
            long start = System.nanoTime();
            // Within the rate: the burst at once, then four a second each, for four seconds.
            while (System.nanoTime() - start < 4_000_000_000L || sentByEach < BURST) {
                String agentId = ActiveChat.clientId();
                String customerId = ActiveChat.clientId();
                desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", chat.conversationId())
                        .add("clientId", agentId).add("body", "Agent " + agentId).build().toString());
                observer.send(send(customerId, "Customer " + customerId));
                agentIds.add(agentId);
                customerIds.add(customerId);
                sentByEach++;
                if (sentByEach >= BURST) {
                    Thread.sleep(250); // the senders keep within the rate: four a second each
                }
            }
            flowing.set(false);
            for (var churn : churning) {
                churn.get(30, TimeUnit.SECONDS);
            }

            long lastSeq = 1 + 2L * sentByEach;
            var deskFrames = framesUntil(desk, frames -> seqsOf(frames, "message").containsAll(range(2, lastSeq))
                    && countOf(frames, "ack") + countOf(frames, "error") >= agentIds.size());
            var observerFrames = framesUntil(observer, frames -> seqsOf(frames, "message").containsAll(range(2, lastSeq))
                    && countOf(frames, "ack") + countOf(frames, "error") >= customerIds.size());
            System.out.printf("ChatLimitsIT: %d messages written while lines reconnected %d times: the agent's line got"
                    + " %d of them, the customer's %d; errors to senders: %d, %d%n", 2 * sentByEach, reconnects.get(),
                    seqsOf(deskFrames, "message").size(), seqsOf(observerFrames, "message").size(),
                    countOf(deskFrames, "error"), countOf(observerFrames, "error"));
            assertThat(deskFrames).filteredOn(type("error")).as("no error to the agent").isEmpty();
            assertThat(observerFrames).filteredOn(type("error")).as("no error to the customer").isEmpty();
            assertThat(reconnects.get()).as("lines did reconnect meanwhile").isGreaterThan(20);
            String logged = TestServer.logSince(logBefore);
            assertThat(logged).doesNotContain("ConcurrentModificationException").doesNotContain("Chat frame failed");
        } finally {
            flowing.set(false);
            churners.shutdownNow();
        }
    }

    // --- Helpers ---------------------------------------------------------------------------------

    /** One conversation flooded through {@code lines} lines (each from its own address) for two seconds. */
    private static Flood flood(int lines) {
        var chat = ActiveChat.open(TestOrganisation.create("Limits rate"), null);
        List<LiveLine> open = new ArrayList<>();
        try {
            for (int i = 0; i < lines; i++) {
                var line = chat.customerLine(0, freshAddress());
                line.next(type("caughtUp"), WAIT);
                open.add(line);
            }
            List<List<String>> sent = new ArrayList<>();
            open.forEach(line -> sent.add(new ArrayList<>()));
            long start = System.nanoTime();
            while (System.nanoTime() - start < 2_000_000_000L) {
                for (int i = 0; i < lines; i++) {
                    String clientId = ActiveChat.clientId();
                    open.get(i).send(send(clientId, body(clientId)));
                    sent.get(i).add(clientId);
                }
                sleep(20); // the flooding sender's pace, about 50 frames a second per line
            }
            int stored = 0;
            List<String> refused = new ArrayList<>();
            for (int i = 0; i < lines; i++) {
                for (int n = 0; n < sent.get(i).size(); n++) {
                    var answer = open.get(i).next(type("ack").or(type("error")), WAIT);
                    if (answer.getString("type").equals("ack")) {
                        stored++;
                    } else {
                        assertThat(answer.getString("code")).isEqualTo("chat.tooFast");
                        refused.add(answer.getString("clientId"));
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Flood(chat, sent.stream().mapToInt(List::size).sum(), stored, refused, seconds);
        } finally {
            open.forEach(LiveLine::close);
        }
    }

    private record Flood(ActiveChat chat, int sent, int stored, List<String> refused, double seconds) {
    }

    /** Sends as the widget does after {@code chat.tooFast}: again with the same client id, a little later. */
    private static void sendUntilStored(LiveLine line, String clientId) {
        org.awaitility.Awaitility.await("stored: " + clientId).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(300))
                .atMost(Duration.ofSeconds(15)).until(() -> {
                    line.send(send(clientId, body(clientId)));
                    var answer = line.next(type("ack").or(type("error")), WAIT);
                    if (answer.getString("type").equals("ack")) {
                        return true;
                    }
                    assertThat(answer.getString("code")).isEqualTo("chat.tooFast");
                    return false;
                });
    }

    /** The messages a line gets up to its "caughtUp". */
    private static List<JsonObject> messagesUntilCaughtUp(LiveLine line) {
        List<JsonObject> messages = new ArrayList<>();
        while (true) {
            var frame = line.next(type("message").or(type("caughtUp")), WAIT);
            if (frame.getString("type").equals("caughtUp")) {
                return messages;
            }
            messages.add(frame);
        }
    }

    /** The messages of one conversation an agent's line gets up to its "caughtUp" at {@code lastSeq}. */
    private static List<JsonObject> messagesUntilCaughtUp(LiveLine line, long conversationId, long lastSeq) {
        List<JsonObject> messages = new ArrayList<>();
        Predicate<JsonObject> ofConversation = m -> m.getJsonNumber("conversationId") != null
                && m.getJsonNumber("conversationId").longValue() == conversationId;
        while (true) {
            var frame = line.next(type("message").or(type("caughtUp")).and(ofConversation), WAIT);
            if (frame.getString("type").equals("caughtUp")) {
                assertThat(frame.getJsonNumber("lastSeq").longValue()).isEqualTo(lastSeq);
                return messages;
            }
            messages.add(frame);
        }
    }

    /** Every frame the line gets until {@code done} holds for them all. */
    private static List<JsonObject> framesUntil(LiveLine line, Predicate<List<JsonObject>> done) {
        List<JsonObject> frames = new ArrayList<>();
        while (!done.test(frames)) {
            frames.add(line.next(frame -> true, WAIT));
        }
        return frames;
    }

    private static List<Long> seqs(List<JsonObject> messages) {
        return messages.stream().map(m -> m.getJsonNumber("seq").longValue()).toList();
    }

    private static Set<Long> seqsOf(List<JsonObject> frames, String frameType) {
        Set<Long> seqs = new HashSet<>();
        frames.stream().filter(type(frameType)).forEach(m -> seqs.add(m.getJsonNumber("seq").longValue()));
        return seqs;
    }

    private static long countOf(List<JsonObject> frames, String frameType) {
        return frames.stream().filter(type(frameType)).count();
    }

    private static Set<Long> range(long from, long to) {
        Set<Long> seqs = ConcurrentHashMap.newKeySet();
        LongStream.rangeClosed(from, to).forEach(seqs::add);
        return seqs;
    }

    /** A client address of its own (as a proxy reports it), so no other test shares its limits. */
    private static String freshAddress() {
        return LiveLine.anyClientAddress();
    }

    private static String body(String clientId) {
        return "Flood " + clientId;
    }

    private static String send(String clientId, String body) {
        return Json.createObjectBuilder().add("type", "send").add("clientId", clientId).add("body", body).build().toString();
    }

    private static Predicate<JsonObject> type(String type) {
        return ActiveChat.frameType(type);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
