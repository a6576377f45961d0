package io.tiski.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.LoadBalancer;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers behind HAProxy ({@link LoadBalancer}); an agent and a customer chat through it, both
 * kept on the second server by the balancer's stickiness cookie, and that server is killed hard
 * (SIGKILL). The agent's next API call and desk line go to the first server on the same login (the
 * session and the login are in the servers' shared cache, see the README, "Several servers"), the
 * widget's line comes back with its token, and both catch up: every message, sent before the kill
 * or after, is stored once and seen by both.
 */
@Tag("servers")
class ServerFailoverIT {

    private static final Duration LIVE = Duration.ofSeconds(10);

    @RegisterExtension
    @Order(1)
    static final SecondServer SECOND = SecondServer.shared();

    @RegisterExtension
    @Order(2)
    static final LoadBalancer BALANCER = LoadBalancer.shared();

    @Test
    void anAgentAndACustomerCarryOnThroughTheOtherServerWithoutLoggingInAgain() {
        var org = TestOrganisation.create("Failover");
        long queue = org.emptyQueueId();
        org.admin().api("POST", "queues/" + queue + "/open", null);
        String prefix = "failover" + org.organisationId();
        org.onlineAgents(queue, prefix, 1);

        var agent = new StaffClient(BALANCER.baseUri());
        agent.withCookie(LoadBalancer.STICKY_COOKIE, "second");
        assertThat(agent.login(prefix + "-1", TestOrganisation.PASSWORD).statusCode()).isEqualTo(302);
        var customer = new Customer(BALANCER.baseUri());
        assertThat(customer.start(queue, "Failover customer").statusCode()).isEqualTo(201);
        long conversation = StaffClient.array(agent.api("GET", "agent/waiting", null)).getJsonObject(0).getJsonNumber("id").longValue();
        var picked = agent.api("POST", "agent/waiting/" + conversation + "/pick", null);
        assertThat(picked.statusCode()).isEqualTo(200);
        assertThat(servedBy(picked)).as("the agent is kept on the second server").isEqualTo("second");

        String sticky = LoadBalancer.STICKY_COOKIE + "=second";
        List<String> sent = new ArrayList<>();
        try (var desk = LiveLine.agent(agent); var widget = LiveLine.customer(BALANCER.baseUri(), sticky)) {
            widget.send(hello(customer.token(), 0));
            widget.next(type("caughtUp"), LIVE);
            exchange(desk, widget, conversation, "before", sent);

            SECOND.killHard();
            assertThat(desk.closeCode(LIVE)).as("the desk's line died with its server").isNotZero();
            assertThat(widget.closeCode(LIVE)).as("the widget's line died with its server").isNotZero();
        }

        // No login: the same cookies, now answered by the first server.
        var conversations = agent.api("GET", "agent/conversations", null);
        assertThat(conversations.statusCode()).as("the agent's next call, without logging in again").isEqualTo(200);
        assertThat(servedBy(conversations)).isEqualTo("first");
        assertThat(conversations.body()).contains("\"id\":" + conversation);
        try (var desk = LiveLine.agent(agent); var widget = LiveLine.customer(BALANCER.baseUri(), sticky)) {
            // Both reconnect as the desk and the widget do: catch up after what they had.
            desk.send(resume(conversation, 0));
            assertThat(clientIds(desk)).as("the agent's catch-up").isEqualTo(sent);
            widget.send(hello(customer.token(), 0));
            assertThat(clientIds(widget)).as("the customer's catch-up").isEqualTo(sent);
            exchange(desk, widget, conversation, "after", sent);
        } finally {
            SECOND.restart();
        }

        // Stored once each, in the order sent, whichever server took them.
        try (var desk = LiveLine.agent(agent)) {
            desk.send(resume(conversation, 0));
            assertThat(clientIds(desk)).as("every message stored once").isEqualTo(sent);
        }
        System.out.printf("ServerFailoverIT: second server killed under a chat; %d messages before and after,"
                + " each stored once; the agent went on without logging in again%n", sent.size());
    }

    /** The customer writes, then the agent answers; each is acknowledged and reaches the other live. */
    private static void exchange(LiveLine desk, LiveLine widget, long conversation, String when, List<String> sent) {
        String fromCustomer = when + "-customer";
        widget.send(send(null, fromCustomer));
        widget.next(ack(fromCustomer), LIVE);
        desk.next(message(fromCustomer), LIVE);
        sent.add(fromCustomer);
        String fromAgent = when + "-agent";
        desk.send(send(conversation, fromAgent));
        desk.next(ack(fromAgent), LIVE);
        widget.next(message(fromAgent), LIVE);
        sent.add(fromAgent);
    }

    /** The client ids of the chat messages (not system ones) up to the caught-up frame. */
    private static List<String> clientIds(LiveLine line) {
        List<String> ids = new ArrayList<>();
        while (true) {
            var frame = line.next(m -> Set.of("message", "caughtUp").contains(m.getString("type")), LIVE);
            if (frame.getString("type").equals("caughtUp")) {
                return ids;
            }
            if (!frame.getString("sender").equals("SYSTEM")) {
                ids.add(frame.getString("clientId"));
            }
        }
    }

    private static String servedBy(HttpResponse<String> response) {
        return response.headers().firstValue(LoadBalancer.SERVED_BY).orElse("");
    }

    private static java.util.function.Predicate<JsonObject> type(String type) {
        return m -> m.getString("type").equals(type);
    }

    private static java.util.function.Predicate<JsonObject> ack(String clientId) {
        return m -> m.getString("type").equals("ack") && m.getString("clientId").equals(clientId);
    }

    private static java.util.function.Predicate<JsonObject> message(String clientId) {
        return m -> m.getString("type").equals("message") && clientId.equals(m.getString("clientId", ""));
    }

    private static String hello(String token, long afterSeq) {
        return Json.createObjectBuilder().add("type", "hello").add("token", token).add("afterSeq", afterSeq).build().toString();
    }

    private static String resume(long conversation, long afterSeq) {
        return Json.createObjectBuilder().add("type", "resume").add("conversationId", conversation).add("afterSeq", afterSeq)
                .build().toString();
    }

    private static String send(Long conversation, String clientId) {
        var frame = Json.createObjectBuilder().add("type", "send").add("clientId", clientId).add("body", "m " + clientId);
        if (conversation != null) {
            frame.add("conversationId", conversation);
        }
        return frame.build().toString();
    }
}
