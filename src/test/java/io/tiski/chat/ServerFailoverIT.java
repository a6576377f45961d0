package io.tiski.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.LoadBalancer;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers behind HAProxy ({@link LoadBalancer}); customers chat with agents through it, half of
 * the desks and half of the widgets kept on each server by the balancer's stickiness cookie, and
 * while every one of them is writing, the second server is killed hard (SIGKILL). The lines it
 * held come back through the balancer on the first server: the desks on the same cookies, without
 * logging in again (the session and the login are in the servers' shared cache, see the README,
 * "Several servers"), the widgets with their token. Each catches up after the last number it had
 * and sends again what was not acknowledged with the same client id, as the desk and the widget
 * do ({@link FailoverCrowd}). Then every acknowledged message is stored once, in the order its
 * sender wrote, and both sides show each once; every agent's next call is answered without a
 * login. {@code -Dtiski.failover.customers} (20 in the suite, 200 with -Pheavy).
 */
@Tag("servers")
class ServerFailoverIT {

    private static final int CUSTOMERS = Integer.getInteger("tiski.failover.customers", 20);
    /** The queue's chat limit: one agent per this many customers. */
    private static final int CHATS_PER_AGENT = 5;
    /** What each side of each conversation writes, before, during and after the kill. */
    private static final int MESSAGES = 8;
    /** The kill comes once every writer has had this many acknowledged: all are writing then, and go on after. */
    private static final int KILL_AFTER = 3;
    /** Every writer writes at once, this often: below the rate limits (5 a second per conversation and per agent). */
    private static final long WAVE_MILLIS = 250L * (CHATS_PER_AGENT - 1) + 200;
    private static final Duration WITHIN = Duration.ofSeconds(60 + CUSTOMERS / 2);

    @RegisterExtension
    @Order(1)
    static final SecondServer SECOND = SecondServer.shared();

    @RegisterExtension
    @Order(2)
    static final LoadBalancer BALANCER = LoadBalancer.shared();

    @Test
    void customersAndAgentsCarryOnThroughTheOtherServerWithoutLoggingInAgain() {
        long began = System.nanoTime();
        var org = TestOrganisation.create("Failover");
        long queue = org.emptyQueueId();
        var admin = org.admin();
        admin.api("PUT", "queues/" + queue, "{\"routingMode\":\"PICK\",\"maxChatsPerAgent\":" + CHATS_PER_AGENT + "}");
        admin.api("POST", "queues/" + queue + "/open", null);
        int agentCount = (CUSTOMERS + CHATS_PER_AGENT - 1) / CHATS_PER_AGENT;
        String prefix = "failover" + org.organisationId();
        org.onlineAgents(queue, prefix, agentCount);
        var agents = logIn(prefix, agentCount);
        for (int a = 0; a < agentCount; a++) {
            assertThat(servedBy(agents.get(a).api("GET", "agent/conversations", null)))
                    .as("agent %d is kept on its server", a + 1).isEqualTo(server(a));
        }
        var chats = ActiveConversations.open(BALANCER.baseUri(), queue, agents, CUSTOMERS, 4);

        long setUp;
        long killedAt;
        long delivered;
        long restarted;
        int ackedAtKill;
        int died;
        try (var crowd = new FailoverCrowd(BALANCER.baseUri(), MESSAGES)) {
            for (int a = 0; a < agentCount; a++) {
                int agent = a;
                var mine = chats.stream().filter(chat -> chat.agent() == agent).toList();
                crowd.desk("agent " + (a + 1), server(a), agents.get(a).cookieHeader(),
                        mine.stream().map(ActiveConversations.Chat::conversationId).toList());
                // The agent's customers alternate between the servers: pairs on one server and across both.
                for (int i = 0; i < mine.size(); i++) {
                    var chat = mine.get(i);
                    String server = server(a + i);
                    crowd.widget("customer of " + chat.conversationId(), server, LoadBalancer.STICKY_COOKIE + "=" + server,
                            chat.token(), chat.conversationId());
                }
            }
            awaitOrFail("every line open and caught up", crowd::allCaughtUp, crowd);
            setUp = System.nanoTime();
            crowd.startWriting(WAVE_MILLIS);
            awaitOrFail("every writer under way", () -> crowd.fewestAcked() >= KILL_AFTER, crowd);
            // Right after a wave: most messages are in flight, some stored and not yet acknowledged.
            crowd.awaitWave();
            ackedAtKill = crowd.acked();
            killedAt = System.nanoTime();
            try {
                SECOND.killHard();
                awaitOrFail("every message written and acknowledged", crowd::allWritten, crowd);
                awaitOrFail("every message shown on both sides", crowd::allDelivered, crowd);
                delivered = System.nanoTime();
                died = linesDied(crowd);
                signedIn(agents, chats);
            } finally {
                SECOND.restart();
            }
            restarted = System.nanoTime();
            assertThat(crowd.failures()).as("frames refused for good, or failures in the clients").isEmpty();
            // Stored once each, in order, and shown so: read afresh after the restart, on each agent's session.
            int stored = checkStored(agents, chats, crowd);
            System.out.printf("ServerFailoverIT: %d customers and %d agents through the balancer, half on each server;"
                            + " the second killed (SIGKILL) right after a wave of messages, %d acknowledged before; %d lines"
                            + " died with it and came back through the first, the desks without logging in again; %d messages"
                            + " in flight sent again with the same client id; %d acknowledged, %d stored, each once, in the"
                            + " order written, shown once on both sides (%d repeated frames dropped by number); set-up %.1f s,"
                            + " writing to the kill %.1f s, kill to everything written and shown %.1f s, restart %.1f s,"
                            + " reading back %.1f s%n",
                    CUSTOMERS, agentCount, ackedAtKill, died, crowd.sentAgain(), crowd.acked(), stored, crowd.repeats(),
                    (setUp - began) / 1e9, (killedAt - setUp) / 1e9, (delivered - killedAt) / 1e9,
                    (restarted - delivered) / 1e9, (System.nanoTime() - restarted) / 1e9);
        }
    }

    /** Every line the second server held died with it and came back; none was refused as not signed in. */
    private static int linesDied(FailoverCrowd crowd) {
        int died = 0;
        for (var client : crowd.clients()) {
            synchronized (client) {
                assertThat(client.isUp()).as("%s is connected", client.name).isTrue();
                // 1008: not signed in, replaced, too many lines: each a reason the clients would not reconnect from.
                assertThat(client.closeCodes).as("%s's lines ended", client.name).doesNotContain(1008);
                if (client.server.equals("second")) {
                    assertThat(client.closeCodes).as("%s's line died with the second server", client.name).isNotEmpty();
                    assertThat(client.connects).as("%s reconnected", client.name).isGreaterThan(1);
                    died++;
                }
            }
        }
        return died;
    }

    /** Each agent's next call, on the same cookies, is answered by the first server and lists their chats. */
    private static void signedIn(List<StaffClient> agents, List<ActiveConversations.Chat> chats) {
        for (int a = 0; a < agents.size(); a++) {
            var conversations = agents.get(a).api("GET", "agent/conversations", null);
            assertThat(conversations.statusCode()).as("agent %d's next call, without logging in again", a + 1).isEqualTo(200);
            assertThat(servedBy(conversations)).isEqualTo("first");
            int agent = a;
            chats.stream().filter(chat -> chat.agent() == agent).forEach(chat ->
                    assertThat(conversations.body()).contains("\"id\":" + chat.conversationId()));
        }
    }

    /**
     * Reads every conversation from the database (a desk's catch-up from 0) and compares: each
     * side's messages stored once, in the order written; what each client showed the same.
     * Answers how many chat messages are stored.
     */
    private static int checkStored(List<StaffClient> agents, List<ActiveConversations.Chat> chats, FailoverCrowd crowd) {
        List<String> problems = new ArrayList<>();
        int stored = 0;
        try (var reading = new FailoverCrowd(BALANCER.baseUri(), 0)) {
            for (int a = 0; a < agents.size(); a++) {
                int agent = a;
                reading.desk("reading agent " + (a + 1), server(a), agents.get(a).cookieHeader(),
                        chats.stream().filter(chat -> chat.agent() == agent).map(ActiveConversations.Chat::conversationId).toList());
            }
            awaitOrFail("every conversation read back", reading::allCaughtUp, reading);
            for (var chat : chats) {
                long id = chat.conversationId();
                var database = reading.shown(id).values().iterator().next();
                stored += database.size();
                if (!reading.numberedWithoutGaps(id)) {
                    problems.add(id + ": numbered with a gap");
                }
                crowd.written(id).forEach((side, written) -> {
                    var storedOfSide = database.values().stream().filter(clientId -> clientId.startsWith(side)).toList();
                    if (written.size() != MESSAGES || !storedOfSide.equals(written)) {
                        problems.add(side + " wrote " + written + ", stored " + storedOfSide);
                    }
                });
                crowd.shown(id).forEach((client, shown) -> {
                    if (!shown.equals(database)) {
                        problems.add(client + " showed " + shown + ", stored " + database);
                    }
                });
            }
        }
        assertThat(problems).as("messages lost, doubled, out of order, or shown otherwise than stored").isEmpty();
        return stored;
    }

    /** The agents, logged in through the balancer in parallel (hashing the password is slow on purpose). */
    private static List<StaffClient> logIn(String prefix, int count) {
        var pool = Executors.newFixedThreadPool(4);
        try {
            var logins = IntStream.range(0, count).mapToObj(a -> CompletableFuture.supplyAsync(() -> {
                var agent = new StaffClient(BALANCER.baseUri());
                agent.withCookie(LoadBalancer.STICKY_COOKIE, server(a));
                assertThat(agent.login(prefix + "-" + (a + 1), TestOrganisation.PASSWORD).statusCode()).isEqualTo(302);
                return agent;
            }, pool)).toList();
            return logins.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }
    }

    /** The server the balancer's cookie names for the i-th client: every other one on each. */
    private static String server(int i) {
        return i % 2 == 0 ? "first" : "second";
    }

    private static void awaitOrFail(String what, BooleanSupplier condition, FailoverCrowd crowd) {
        try {
            await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError(what + " within " + WITHIN + ": " + crowd.stuck() + "; failures " + crowd.failures(), e);
        }
    }

    private static String servedBy(HttpResponse<String> response) {
        return response.headers().firstValue(LoadBalancer.SERVED_BY).orElse("");
    }
}
