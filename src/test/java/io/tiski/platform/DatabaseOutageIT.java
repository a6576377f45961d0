package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.OwnDatabaseServer;
import io.tiski.testsupport.OwnMariaDb;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestDatabase;
import io.tiski.testsupport.TestOrganisation;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The database killed hard (SIGKILL) while customers and agents chat and an offer falls due: a
 * MariaDB and a Liberty of this test's own (the suite's server shares its database with every
 * other test). While it is down every answer comes within {@link #FAST}, as 503 "briefly
 * unavailable" in the caller's language with nothing internal in it, and the server's log grows by
 * a few lines, not a stack trace per failure. After it returns, every timer is on time again
 * (the offer that fell due expires within seconds, never 300 s later) and every acknowledged
 * message is stored exactly once. The outage lasts {@code tiski.outage.seconds} (10 in CI, 20 in
 * -Pheavy). MariaDB only: the embedded H2 cannot be stopped apart from the server.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("tiski.outage.seconds", 10));
    private static final Duration FAST = Duration.ofSeconds(2);
    /** The offer sweep runs every 2 s: an offer due during the outage ends within a few seconds of its end. */
    private static final Duration TIMER_BACK = Duration.ofSeconds(8);
    /** Whatever the outage's length: the first line of each kind, Liberty's first-failure records, the counts. */
    private static final long LOG_GROWTH_LIMIT = 64 * 1024;
    /** One line per kind per 10 s with counts, however many frames fail: a few hundred bytes a second. */
    private static final double STEADY_LOG_LIMIT = 1024;
    private static final Duration SETTLED = Duration.ofSeconds(3);
    private static final String FINNISH = "Tiski on hetken poissa käytöstä. Mitään ei muutettu; yritä hetken päästä uudelleen.";

    @Test
    void whileTheDatabaseIsDownAnswersAreFastAndCleanAndAfterwardsTimersAreOnTimeAndNothingIsLost() throws Exception {
        assumeTrue(TestDatabase.isMariaDb(), "needs MariaDB (DB_TYPE=mariadb): a database process to kill");
        assumeTrue(OwnMariaDb.available(), "needs mariadbd and mariadb-install-db on this machine");
        try (var db = OwnMariaDb.start(Path.of("target/outage-db"), "tiski_outage");
             var server = OwnDatabaseServer.start(db, "tiski_outage")) {
            URI base = server.baseUri();
            var org = fixture(base, "organisation?name=" + URLEncoder.encode("Outage " + UUID.randomUUID(), StandardCharsets.UTF_8));
            long queue = org.getJsonNumber("emptyQueueId").longValue();
            var admin = StaffClient.loggedIn(base, org.getString("adminUsername"), TestOrganisation.PASSWORD);
            assertThat(admin.api("PUT", "queues/" + queue, "{\"name\":\"Outage\",\"routingMode\":\"OFFER\","
                    + "\"offerTimeoutSeconds\":20}").statusCode()).isEqualTo(200);
            admin.api("POST", "queues/" + queue + "/open", null);
            String prefix = "outage" + org.getJsonNumber("organisationId").longValue();
            fixture(base, "agents?organisationId=" + org.getJsonNumber("organisationId").longValue() + "&queueId=" + queue
                    + "&prefix=" + prefix + "&count=2");
            var agents = List.of(StaffClient.loggedIn(base, prefix + "-1", TestOrganisation.PASSWORD),
                    StaffClient.loggedIn(base, prefix + "-2", TestOrganisation.PASSWORD));

            // One customer is offered to an agent, who lets the offer run; the other chats with the other agent.
            var waiting = new Customer(base);
            waiting.start(queue, "Wanda Waiting");
            var offered = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> agents.stream().filter(agent -> !offersOf(agent).isEmpty()).findFirst(), found -> found.isPresent())
                    .orElseThrow();
            long waitingId = offersOf(offered).get(0);
            var chatting = new Customer(base);
            chatting.start(queue, "Carl Chatting");
            var other = agents.get(0) == offered ? agents.get(1) : agents.get(0);
            long chatId = await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> offersOf(other), offers -> !offers.isEmpty()).get(0);
            assertThat(other.api("POST", "agent/offers/" + chatId + "/accept", null).statusCode()).isEqualTo(200);

            try (var widget = LiveLine.customer(base); var desk = LiveLine.agent(other)) {
                widget.send("{\"type\":\"hello\",\"token\":\"" + chatting.token() + "\",\"afterSeq\":0}");
                List<String> acked = new ArrayList<>();
                String beforeCustomer = UUID.randomUUID().toString();
                String beforeAgent = UUID.randomUUID().toString();
                assertThat(answer(widget, customerSends(beforeCustomer)).getString("type")).isEqualTo("ack");
                assertThat(answer(desk, agentSends(chatId, beforeAgent)).getString("type")).isEqualTo("ack");
                acked.add(beforeCustomer);
                acked.add(beforeAgent);
                long logBefore = Files.size(server.messagesLog());

                db.killHard();
                long killedAt = System.nanoTime();
                // The offer falls due while the database is down (the clock of the test WAR moves on).
                fixture(base, "clock?advanceSeconds=25");

                // REST, as staff, in Finnish: 503 at once, with a retry hint and nothing internal.
                var rest = timed("staff REST call", () -> offered.request("GET", "api/agent/offers",
                        Map.of("Accept", "application/json", "Accept-Language", "fi"), null));
                assertCleanUnavailable(rest, db.port());
                assertThat(StaffClient.object(rest).getString("detail")).isEqualTo(FINNISH);
                // The public API (the widget's), likewise.
                assertCleanUnavailable(timed("public REST call", () -> waiting.send("GET", "conversation", null)), db.port());
                // A page (the desk, in Swedish) gets a short page saying so, with the same status.
                var page = timed("desk page", () -> offered.request("GET", "desk/index.xhtml",
                        Map.of("Accept-Language", "sv"), null));
                assertThat(page.statusCode()).isEqualTo(503);
                assertThat(page.body()).contains("Tiski är tillfälligt otillgängligt").doesNotContainIgnoringCase("exception");
                // A login with the right password is not told the password is wrong.
                var login = timed("login", () -> new StaffClient(base).login(prefix + "-1", TestOrganisation.PASSWORD));
                assertThat(login.body()).contains("Tiski is briefly unavailable")
                        .doesNotContain("The username or password is not right");
                // The desk's live line cannot open: refused at once (503 or 1013 "try again later").
                timed("agent line opening", () -> {
                    try (var refused = LiveLine.agent(offered)) {
                        return refused.closeCode(FAST);
                    } catch (RuntimeException | AssertionError handshakeRefused) {
                        return -1;
                    }
                });

                // Chat frames get an error the client understands at once, for as long as the outage lasts.
                String duringCustomer = UUID.randomUUID().toString();
                String duringAgent = UUID.randomUUID().toString();
                int errors = 0;
                long settledSize = -1;
                long settledAt = 0;
                while (System.nanoTime() - killedAt < OUTAGE.toNanos()) {
                    if (settledSize < 0 && System.nanoTime() - killedAt > SETTLED.toNanos()) {
                        // Past the first burst (each kind's first line, each pooled connection's end).
                        settledSize = Files.size(server.messagesLog());
                        settledAt = System.nanoTime();
                    }
                    for (var frame : List.of(answer(widget, customerSends(duringCustomer)), answer(desk, agentSends(chatId, duringAgent)))) {
                        assertThat(frame.getString("type")).isEqualTo("error");
                        assertThat(frame.getString("code")).isEqualTo("error.unavailable");
                        assertThat(frame.getJsonNumber("retryAfterSeconds").longValue()).isPositive();
                        errors++;
                    }
                    // Pacing, not waiting for an outcome: about the rate of a busy chat.
                    Thread.sleep(250);
                }

                double steadyBytesPerSecond = (Files.size(server.messagesLog()) - settledSize)
                        / ((System.nanoTime() - settledAt) / 1e9);
                db.restart();
                long backAt = System.nanoTime();
                // The same frames again, with the same client ids, as the clients resend them.
                awaitAck(widget, customerSends(duringCustomer));
                awaitAck(desk, agentSends(chatId, duringAgent));
                acked.add(duringCustomer);
                acked.add(duringAgent);

                await().atMost(TIMER_BACK).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                        .until(() -> !offersOf(offered).contains(waitingId));
                double timerBack = (System.nanoTime() - backAt) / 1e9;

                List<String> stored = storedClientIds(base, chatting.token());
                assertThat(new HashSet<>(stored)).as("each message once").hasSameSizeAs(stored);
                assertThat(stored).as("every acknowledged message, nothing else").containsExactlyInAnyOrderElementsOf(acked);

                String log = Files.readString(server.messagesLog());
                long grown = log.length() - logBefore;
                assertThat(log).as("no timer fell back to the container's 300 s retry").doesNotContain("CNTR0333W");
                assertThat(grown).as("the log grew by a bounded amount").isLessThan(LOG_GROWTH_LIMIT);
                assertThat(steadyBytesPerSecond).as("log bytes a second while the outage lasts, chatting")
                        .isLessThan(STEADY_LOG_LIMIT);
                System.out.printf("DatabaseOutageIT: database killed for %d s; %d chat frames answered error.unavailable"
                                + " at once; the offer that fell due ended %.1f s after the database returned; %d of %d"
                                + " acknowledged messages stored, each once; the log grew by %d bytes (%.0f bytes a"
                                + " second after the first %d s)%n",
                        OUTAGE.toSeconds(), errors, timerBack, stored.size(), acked.size(), grown, steadyBytesPerSecond,
                        SETTLED.toSeconds());
            } finally {
                fixture(base, "clock");
            }
        }
    }

    private static String customerSends(String clientId) {
        return "{\"type\":\"send\",\"clientId\":\"" + clientId + "\",\"body\":\"Hello " + clientId + "\"}";
    }

    private static String agentSends(long conversationId, String clientId) {
        return "{\"type\":\"send\",\"conversationId\":" + conversationId + ",\"clientId\":\"" + clientId
                + "\",\"body\":\"Hi " + clientId + "\"}";
    }

    /** Sends the frame and answers its ack or error, which must come within {@link #FAST}. */
    private static JsonObject answer(LiveLine line, String frame) {
        String clientId = frame.replaceFirst(".*\"clientId\":\"([^\"]+)\".*", "$1");
        line.send(frame);
        return line.next(m -> Set.of("ack", "error").contains(m.getString("type"))
                && clientId.equals(m.getString("clientId", null)), FAST);
    }

    /** Sends the frame again until it is acknowledged (the database may take a moment to be reached again). */
    private static void awaitAck(LiveLine line, String frame) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> answer(line, frame).getString("type").equals("ack"));
    }

    private static <T> T timed(String what, Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what + " answered fast").isLessThan(FAST);
        return result;
    }

    private static void assertCleanUnavailable(HttpResponse<String> response, int databasePort) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContainIgnoringCase("select").doesNotContainIgnoringCase("exception")
                .doesNotContain("jdbc").doesNotContain("customer_token").doesNotContain(Integer.toString(databasePort));
    }

    private static List<String> storedClientIds(URI base, String token) {
        try (var line = LiveLine.customer(base)) {
            line.send("{\"type\":\"hello\",\"token\":\"" + token + "\",\"afterSeq\":0}");
            List<String> clientIds = new ArrayList<>();
            while (true) {
                var frame = line.next(m -> Set.of("message", "caughtUp").contains(m.getString("type")), Duration.ofSeconds(10));
                if (frame.getString("type").equals("caughtUp")) {
                    return clientIds;
                }
                if (!frame.getString("sender").equals("SYSTEM")) {
                    clientIds.add(frame.getString("clientId"));
                }
            }
        }
    }

    /** The customers offered to the agent; fails while the server cannot say. */
    private static List<Long> offersOf(StaffClient agent) {
        var response = agent.api("GET", "agent/offers", null);
        assertThat(response.statusCode()).as("offers answered").isEqualTo(200);
        return StaffClient.array(response).stream()
                .map(offer -> offer.asJsonObject().getJsonObject("customer").getJsonNumber("id").longValue())
                .toList();
    }

    private static JsonObject fixture(URI base, String path) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("test-fixtures/" + path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Fixture " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().startsWith("{") ? StaffClient.object(response) : null;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
