package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The agent's live line: offers and requests arrive pushed, without polling; only for signed-in staff. */
class AgentSocketIT {

    @Test
    void aConnectionWithoutASignedInSessionIsRefused() {
        var uri = URI.create(TestServer.baseUri().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
        var handshake = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new WebSocket.Listener() { });

        assertThatThrownBy(handshake::join).hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(401));
    }

    @Test
    void aConnectionFromAnotherSitesPageIsRefused() {
        var org = TestOrganisation.create("Feed origin");
        var agent = org.agent();
        var uri = URI.create(TestServer.baseUri().toString().replaceFirst("^http", "ws")).resolve("ws/agent");
        var handshake = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Cookie", agent.cookieHeader())
                .header("Origin", "https://attacker.example")
                .buildAsync(uri, new WebSocket.Listener() { });

        assertThatThrownBy(handshake::join).hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
    }

    @Test
    void anOfferIsPushedToTheAgentAndGoneWhenRejected() {
        var org = TestOrganisation.create("Feed");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("PUT", "queues/" + queue, "{\"routingMode\":\"OFFER\",\"offerTimeoutSeconds\":60}");
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var agent = org.agent();
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");

        try (var feed = LiveLine.agent(agent)) {
            var first = feed.next(m -> m.getString("type").equals("inbox"), Duration.ofSeconds(10));
            assertThat(first.getJsonArray("offers")).isEmpty();

            long joined = System.nanoTime();
            new Customer().start(queue, "Pushed <Pia>");
            var offered = feed.next(inbox(m -> !m.getJsonArray("offers").isEmpty()), Duration.ofSeconds(10));
            System.out.printf("AgentSocketIT: offer pushed %d ms after the join%n", (System.nanoTime() - joined) / 1_000_000);

            var customer = offered.getJsonArray("offers").getJsonObject(0).getJsonObject("customer");
            assertThat(customer.getString("customerName")).isEqualTo("Pushed <Pia>");
            long id = customer.getJsonNumber("id").longValue();
            assertThat(agent.api("POST", "agent/offers/" + id + "/reject", null).statusCode()).isEqualTo(204);
            assertThat(feed.next(inbox(m -> m.getJsonArray("offers").isEmpty()), Duration.ofSeconds(10))
                    .getJsonArray("handovers")).isEmpty();
        }
    }

    @Test
    void aTransferRequestReachesTheAgentItIsFor() {
        var org = TestOrganisation.create("Feed transfer");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        String prefix = "feed" + org.organisationId();
        var ids = org.onlineAgents(queue, prefix, 2);
        var owner = StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
        var colleague = StaffClient.loggedIn(prefix + "-2", TestOrganisation.PASSWORD);
        new Customer().start(queue, "Moved");
        long id = StaffClient.array(owner.api("GET", "agent/waiting", null)).getJsonObject(0).getJsonNumber("id").longValue();
        owner.api("POST", "agent/waiting/" + id + "/pick", null);

        try (var feed = LiveLine.agent(colleague)) {
            feed.next(m -> m.getString("type").equals("inbox"), Duration.ofSeconds(10));
            owner.api("POST", "agent/conversations/" + id + "/transfer", "{\"agentId\":" + ids.get(1) + ",\"comment\":\"Over to you\"}");

            var request = feed.next(inbox(m -> !m.getJsonArray("handovers").isEmpty()), Duration.ofSeconds(10))
                    .getJsonArray("handovers").getJsonObject(0);
            assertThat(request.getString("kind")).isEqualTo("TRANSFER");
            assertThat(request.getString("comment")).isEqualTo("Over to you");
        }
    }

    // The line carries other frames too (the queue sidebar, chat): only inbox frames are looked at.
    private static Predicate<JsonObject> inbox(Predicate<JsonObject> matching) {
        return ActiveChat.frameType("inbox").and(matching);
    }
}
