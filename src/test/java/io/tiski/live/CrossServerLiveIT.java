package io.tiski.live;

import static io.tiski.testsupport.ActiveChat.clientId;
import static io.tiski.testsupport.ActiveChat.frameType;
import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.SecondServer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two servers on one database, each holding some of the lines: the customer's widget on the first
 * ({@link TestServer}), the agent's desk on the second ({@link SecondServer}), a colleague's desk on
 * the first. Everything either side must hear crosses between the servers live (through the live
 * line's cluster): the queue board, messages both ways, typing, seen, notes and tags, a transfer
 * request in the colleague's inbox, the hand-over, the end. "Live" is within {@link #LIVE}, far
 * below the 30 s of the line sweep, the only other way a change made on one server reaches a
 * line on the other.
 */
@Tag("servers")
class CrossServerLiveIT {

    @RegisterExtension
    static final SecondServer SECOND = SecondServer.shared();

    private static final Duration LIVE = Duration.ofSeconds(5);
    private static final String ONLINE = "{\"presence\":\"ONLINE\"}";

    @Test
    void aCustomerOnOneServerAndAgentsOnTheOtherHearEachOtherLive() {
        var org = TestOrganisation.create("Two servers live");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var agent = StaffClient.loggedIn(SECOND.baseUri(), org.agentUsername(), TestOrganisation.PASSWORD);
        assertThat(agent.api("PUT", "agent/presence", ONLINE).statusCode()).isEqualTo(200);

        try (var desk = LiveLine.agent(agent)) {
            // Registered once its first board has come: nobody waits yet.
            desk.next(board(queue, 0), LIVE);

            var customer = new Customer();
            assertThat(customer.start(queue, "Crossing").statusCode()).isEqualTo(201);
            desk.next(board(queue, 1), LIVE);

            long conversation = StaffClient.array(agent.api("GET", "agent/waiting", null)).getValuesAs(JsonObject.class)
                    .stream().filter(waiting -> waiting.getJsonNumber("queueId").longValue() == queue)
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
            assertThat(agent.api("POST", "agent/waiting/" + conversation + "/pick", null).statusCode()).isEqualTo(200);
            desk.next(board(queue, 0), LIVE);

            try (var widget = LiveLine.customer()) {
                widget.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token())
                        .add("afterSeq", 0).build().toString());
                assertThat(widget.next(frameType("message"), LIVE).getString("sender")).isEqualTo("SYSTEM");

                widget.send(customerSend("Hello from the first server"));
                var heard = desk.next(frameType("message").and(sender("CUSTOMER")), LIVE);
                assertThat(heard.getString("body")).isEqualTo("Hello from the first server");
                assertThat(heard.getJsonNumber("conversationId").longValue()).isEqualTo(conversation);

                desk.send(agentSend(conversation, "Hello from the second"));
                assertThat(widget.next(frameType("message").and(sender("AGENT")), LIVE).getString("body"))
                        .isEqualTo("Hello from the second");

                widget.send("{\"type\":\"typing\"}");
                assertThat(desk.next(frameType("typing"), LIVE).getString("sender")).isEqualTo("CUSTOMER");
                desk.send("{\"type\":\"typing\",\"conversationId\":" + conversation + "}");
                assertThat(widget.next(frameType("typing"), LIVE).getString("sender")).isEqualTo("AGENT");
                widget.send("{\"type\":\"seen\",\"seq\":3}");
                assertThat(desk.next(frameType("seen"), LIVE).getJsonNumber("seq").longValue()).isEqualTo(3);

                // A colleague on the first server writes a note and adds a tag: the agent's desk on the
                // second hears that they changed.
                String prefix = "crossing" + org.organisationId();
                long colleagueId = org.onlineAgents(queue, prefix, 1).get(0);
                var colleague = StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
                assertThat(colleague.api("POST", "agent/conversations/" + conversation + "/notes",
                        "{\"body\":\"Asked about a refund\"}").statusCode()).isEqualTo(201);
                desk.next(frameType("notes").and(about(conversation)), LIVE);
                long tag = StaffClient.object(admin.api("POST", "tags", "{\"name\":\"Refund\"}")).getJsonNumber("id").longValue();
                assertThat(colleague.api("PUT", "agent/conversations/" + conversation + "/tags/" + tag, null).statusCode())
                        .isEqualTo(200);
                desk.next(frameType("tags").and(about(conversation)), LIVE);

                // A transfer asked on the second server reaches the colleague's inbox on the first;
                // their acceptance there tells the agent on the second.
                try (var colleagueDesk = LiveLine.agent(colleague)) {
                    colleagueDesk.next(frameType("queues"), LIVE);
                    assertThat(agent.api("POST", "agent/conversations/" + conversation + "/transfer",
                            "{\"agentId\":" + colleagueId + ",\"comment\":\"Refunds are yours\"}").statusCode()).isEqualTo(201);
                    var inbox = colleagueDesk.next(frameType("inbox").and(frame -> !frame.getJsonArray("handovers").isEmpty()), LIVE);
                    long handover = inbox.getJsonArray("handovers").getJsonObject(0).getJsonNumber("id").longValue();

                    assertThat(colleague.api("POST", "agent/handovers/" + handover + "/accept", null).statusCode()).isEqualTo(200);
                    assertThat(desk.next(frameType("handedOver"), LIVE).getJsonNumber("conversationId").longValue())
                            .isEqualTo(conversation);
                    widget.next(frameType("message").and(sender("SYSTEM"))
                            .and(frame -> frame.getString("body").contains(prefix + " 1")), LIVE);

                    widget.send("{\"type\":\"end\"}");
                    colleagueDesk.next(frameType("ended").and(about(conversation)), LIVE);
                    widget.next(frameType("ended"), LIVE);
                }
            }
        }
    }

    /**
     * The first server's cluster member stops as a fault would stop it, while a customer there and an
     * agent on the second server chat. Every message is still stored and acknowledged; what crossed
     * no server meanwhile is caught up by number once the member is back, each message once, in order.
     */
    @Test
    void whileTheClusterIsAwayNothingIsLostAndTheOtherServerCatchesUpOnceItIsBack() {
        var org = TestOrganisation.create("Cluster away");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var agent = StaffClient.loggedIn(SECOND.baseUri(), org.agentUsername(), TestOrganisation.PASSWORD);
        agent.api("PUT", "agent/presence", ONLINE);
        var customer = new Customer();
        customer.start(queue, "Patient");
        long conversation = StaffClient.array(agent.api("GET", "agent/waiting", null)).getValuesAs(JsonObject.class)
                .stream().filter(waiting -> waiting.getJsonNumber("queueId").longValue() == queue)
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertThat(agent.api("POST", "agent/waiting/" + conversation + "/pick", null).statusCode()).isEqualTo(200);

        try (var desk = LiveLine.agent(agent); var widget = LiveLine.customer()) {
            desk.next(frameType("queues"), LIVE);
            widget.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token())
                    .add("afterSeq", 0).build().toString());
            widget.next(frameType("message"), LIVE);
            widget.send(customerSend("Before"));
            long before = widget.next(frameType("ack"), LIVE).getJsonNumber("seq").longValue();
            assertThat(desk.next(frameType("message").and(sender("CUSTOMER")), LIVE).getJsonNumber("seq").longValue())
                    .isEqualTo(before);

            assertThat(liveCluster("leave")).as("servers in the first server's cluster").isZero();
            try {
                widget.send(customerSend("While the cluster is away"));
                assertThat(widget.next(frameType("ack"), LIVE).getJsonNumber("seq").longValue()).isEqualTo(before + 1);
                desk.send(agentSend(conversation, "Reply while away"));
                assertThat(desk.next(frameType("ack"), LIVE).getJsonNumber("seq").longValue()).isEqualTo(before + 2);
            } finally {
                assertThat(liveCluster("rejoin")).isEqualTo(2);
            }

            widget.send(customerSend("After"));
            // The widget's own message comes back to it too (then its acknowledgement): passed by here.
            assertThat(widget.next(frameType("ack"), LIVE).getJsonNumber("seq").longValue()).isEqualTo(before + 3);
            var after = desk.next(frameType("message").and(sender("CUSTOMER")), LIVE);
            assertThat(after.getString("body")).as("live again").isEqualTo("After");
            assertThat(after.getJsonNumber("seq").longValue()).isEqualTo(before + 3);

            // The gap the desk sees (before, then after) is caught up by number, as the desk does.
            desk.send("{\"type\":\"resume\",\"conversationId\":" + conversation + ",\"afterSeq\":" + before + "}");
            assertThat(caughtUp(desk)).containsExactly("While the cluster is away", "Reply while away", "After");
            widget.send("{\"type\":\"resume\",\"afterSeq\":" + before + "}");
            assertThat(caughtUp(widget)).containsExactly("While the cluster is away", "Reply while away", "After");
        }
    }

    /** The bodies of the messages of a catch-up, up to its "caughtUp" frame. */
    private static List<String> caughtUp(LiveLine line) {
        List<String> bodies = new ArrayList<>();
        while (true) {
            var frame = line.next(frameType("message").or(frameType("caughtUp")), LIVE);
            if (frame.getString("type").equals("caughtUp")) {
                return bodies;
            }
            bodies.add(frame.getString("body"));
        }
    }

    /** Stops or brings back the first server's cluster member; answers how many servers it then sees. */
    private static int liveCluster(String action) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            TestServer.baseUri().resolve("test-fixtures/live-cluster/" + action))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return StaffClient.object(response).getInt("servers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Predicate<JsonObject> board(long queueId, long waiting) {
        return frameType("queues").and(frame -> frame.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
                .anyMatch(queue -> queue.getJsonNumber("id").longValue() == queueId
                        && queue.getJsonNumber("waiting").longValue() == waiting));
    }

    private static Predicate<JsonObject> sender(String sender) {
        return frame -> sender.equals(frame.getString("sender", ""));
    }

    private static Predicate<JsonObject> about(long conversationId) {
        return frame -> frame.getJsonNumber("conversationId").longValue() == conversationId;
    }

    private static String customerSend(String body) {
        return Json.createObjectBuilder().add("type", "send").add("clientId", clientId()).add("body", body).build().toString();
    }

    private static String agentSend(long conversationId, String body) {
        return Json.createObjectBuilder().add("type", "send").add("conversationId", conversationId)
                .add("clientId", clientId()).add("body", body).build().toString();
    }
}
