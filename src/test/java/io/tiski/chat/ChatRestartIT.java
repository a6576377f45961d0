package io.tiski.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Customers and agents chat through a second server, which is killed hard (SIGKILL) at a random
 * moment and started again, several times over. Clients reconnect, send what was not acknowledged again with the same
 * client id, and go on. Afterwards every acknowledged message is there exactly once, numbered
 * without gaps, in the same order for the customer and the agent.
 */
@Tag("servers")
class ChatRestartIT {

    private static final int CONVERSATIONS = 5;
    /** How many times the server is killed and restarted in one run ({@code -Dtiski.restart.kills}). */
    private static final int KILLS = Math.max(1, Integer.getInteger("tiski.restart.kills", 3));
    @RegisterExtension
    static final SecondServer SECOND = SecondServer.shared();

    @Test
    void everyAcknowledgedMessageSurvivesAHardKillExactlyOnceAndInOrder() throws Exception {
        var org = TestOrganisation.create("Chat restart");
        long queue = org.emptyQueueId();
        org.admin().api("POST", "queues/" + queue + "/open", null);
        String prefix = "chatrestart" + org.organisationId();
        org.onlineAgents(queue, prefix, CONVERSATIONS);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 1; i <= CONVERSATIONS; i++) {
            var agent = StaffClient.loggedIn(prefix + "-" + i, TestOrganisation.PASSWORD);
            var customer = new Customer();
            customer.start(queue, "Customer " + i);
            long id = StaffClient.array(agent.api("GET", "agent/waiting", null)).getJsonObject(0).getJsonNumber("id").longValue();
            assertThat(agent.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);
            pairs.add(new Pair(id, customer, prefix + "-" + i));
        }
        List<Thread> threads = new ArrayList<>();
        for (var pair : pairs) {
            var thread = new Thread(pair, "chat-" + pair.conversationId);
            thread.start();
            threads.add(thread);
        }

        // Several hard kills, each at a random moment once every conversation is under way (again).
        List<Integer> ackedAtKills = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
            awaitFourMoreEach(pairs);
            // A random moment: after 0 to 19 further acknowledged messages in all.
            awaitMoreInAll(pairs, ThreadLocalRandom.current().nextInt(20));
            SECOND.killHard();
            ackedAtKills.add(pairs.stream().mapToInt(p -> p.acked.size()).sum());
            SECOND.restart();
        }
        awaitFourMoreEach(pairs);
        pairs.forEach(Pair::stop);
        for (var thread : threads) {
            thread.join(30_000);
        }

        int acked = 0;
        int stored = 0;
        for (var pair : pairs) {
            var agentView = staffView(pair);
            var customerView = customerView(pair);
            acked += pair.acked.size();
            stored += agentView.size();
            assertThat(agentView).as("agent and customer see the same messages in the same order").isEqualTo(customerView);
            assertThat(new HashSet<>(agentView)).as("each message once").hasSameSizeAs(agentView);
            assertThat(agentView).as("every acknowledged message is there").containsAll(pair.acked);
        }
        System.out.printf("ChatRestartIT: %d conversations through the second server, killed (SIGKILL) %d times,"
                        + " after %s acknowledged messages; in all %d acknowledged, %d stored, 0 lost, 0 doubled%n",
                CONVERSATIONS, KILLS, ackedAtKills, acked, stored);
        assertThat(ackedAtKills.get(0)).as("messages were flowing when the server died").isPositive();
        assertThat(acked).as("and flowed again after the last restart").isGreaterThan(ackedAtKills.get(KILLS - 1));
    }

    /** Waits until every conversation has four more acknowledged messages than now: all are flowing. */
    private static void awaitMoreInAll(List<Pair> pairs, int more) {
        int now = pairs.stream().mapToInt(pair -> pair.acked.size()).sum();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> pairs.stream().mapToInt(pair -> pair.acked.size()).sum() >= now + more);
    }

    private static void awaitFourMoreEach(List<Pair> pairs) {
        var now = pairs.stream().map(pair -> pair.acked.size()).toList();
        await().atMost(Duration.ofSeconds(120)).until(() -> {
            for (int i = 0; i < pairs.size(); i++) {
                if (pairs.get(i).acked.size() < now.get(i) + 4) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The client ids of the conversation's messages as staff read them, checking the numbering on the way. */
    private static List<String> staffView(Pair pair) {
        try (var desk = LiveLine.agent(StaffClient.loggedIn(pair.agentUsername, TestOrganisation.PASSWORD))) {
            desk.send("{\"type\":\"resume\",\"conversationId\":" + pair.conversationId + ",\"afterSeq\":0}");
            return readUntilCaughtUp(desk, true);
        }
    }

    private static List<String> customerView(Pair pair) {
        try (var widget = LiveLine.customer()) {
            widget.send("{\"type\":\"hello\",\"token\":\"" + pair.customer.token() + "\",\"afterSeq\":0}");
            return readUntilCaughtUp(widget, false);
        }
    }

    /** Chat messages (not system ones) up to the caught-up frame; the numbering must have no gap. */
    private static List<String> readUntilCaughtUp(LiveLine line, boolean checkNumbering) {
        List<String> clientIds = new ArrayList<>();
        long expected = 1;
        while (true) {
            var frame = line.next(m -> Set.of("message", "caughtUp").contains(m.getString("type")), Duration.ofSeconds(20));
            if (frame.getString("type").equals("caughtUp")) {
                return clientIds;
            }
            if (checkNumbering) {
                assertThat(frame.getJsonNumber("seq").longValue()).as("numbered without gaps").isEqualTo(expected++);
            }
            if (!frame.getString("sender").equals("SYSTEM")) {
                clientIds.add(frame.getString("clientId"));
            }
        }
    }

    /** One conversation: the customer and the agent take turns, each waiting for the acknowledgement. */
    private static final class Pair implements Runnable {
        final long conversationId;
        final Customer customer;
        final String agentUsername;
        final Set<String> acked = ConcurrentHashMap.newKeySet();
        private volatile boolean stopped;
        private LiveLine widget;
        private LiveLine desk;
        private String customerPending;
        private String agentPending;

        Pair(long conversationId, Customer customer, String agentUsername) {
            this.conversationId = conversationId;
            this.customer = customer;
            this.agentUsername = agentUsername;
        }

        void stop() {
            stopped = true;
        }

        @Override
        public void run() {
            while (!stopped || customerPending != null || agentPending != null) {
                try {
                    connect(SECOND.baseUri());
                    if (customerPending == null && !stopped) {
                        customerPending = UUID.randomUUID().toString();
                    }
                    if (customerPending != null) {
                        widget.send(frame(null, customerPending));
                        awaitAck(widget, customerPending);
                        acked.add(customerPending);
                        customerPending = null;
                    }
                    if (agentPending == null && !stopped) {
                        agentPending = UUID.randomUUID().toString();
                    }
                    if (agentPending != null) {
                        desk.send(frame(conversationId, agentPending));
                        awaitAck(desk, agentPending);
                        acked.add(agentPending);
                        agentPending = null;
                    }
                    // Pacing, not waiting: below the per-connection rate (5 a second), as people type.
                    Thread.sleep(250);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException | AssertionError connectionLost) {
                    disconnect();
                    pause();
                }
            }
            disconnect();
        }

        private void connect(URI server) {
            if (widget == null) {
                widget = LiveLine.customer(server);
                widget.send("{\"type\":\"hello\",\"token\":\"" + customer.token() + "\",\"afterSeq\":0}");
            }
            if (desk == null) {
                // The old session died with the server: log in again, as the desk would.
                desk = LiveLine.agent(StaffClient.loggedIn(server, agentUsername, TestOrganisation.PASSWORD));
            }
        }

        private static void awaitAck(LiveLine line, String clientId) {
            line.next(m -> m.getString("type").equals("ack") && m.getString("clientId").equals(clientId),
                    Duration.ofSeconds(3));
        }

        private String frame(Long conversation, String clientId) {
            var frame = Json.createObjectBuilder().add("type", "send").add("clientId", clientId).add("body", "m " + clientId);
            if (conversation != null) {
                frame.add("conversationId", conversation);
            }
            return frame.build().toString();
        }

        private void disconnect() {
            for (var line : new LiveLine[] {widget, desk}) {
                if (line != null) {
                    try {
                        line.close();
                    } catch (RuntimeException ignored) {
                        // already gone
                    }
                }
            }
            widget = null;
            desk = null;
        }

        /** Pacing, not waiting: a moment before reconnecting, as the widget and the desk back off. */
        private static void pause() {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
