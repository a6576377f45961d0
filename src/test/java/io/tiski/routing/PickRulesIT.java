package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who may pick a waiting customer, and when not. */
class PickRulesIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;
    private long queue;

    @BeforeEach
    void openQueueWithOneHandler() {
        org = TestOrganisation.create("Pick");
        admin = org.admin();
        agent = org.agent();
        queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
    }

    @Test
    void anOnlineHandlerSeesPreviewsAndPicks() {
        online(agent);
        var customer = new Customer();
        customer.start(queue, "Liisa <b>Bold</b>");
        long id = waitingIdsInQueue().get(0);

        var preview = StaffClient.object(agent.api("GET", "agent/waiting/" + id, null));
        assertThat(preview.getString("customerName")).isEqualTo("Liisa <b>Bold</b>");
        assertThat(preview.getString("language")).isEqualTo("fi-FI");
        assertThat(preview.getString("browser")).contains("TiskiTest");
        assertThat(preview.getString("system")).as("told from the User-Agent").isEqualTo("Linux");
        assertThat(preview.getString("page")).isEqualTo("https://shop.example/cart");
        assertThat(preview.getString("referrer")).isEqualTo("https://search.example/?q=shoes");
        assertThat(preview.getString("channel")).isEqualTo("WEB");

        var picked = agent.api("POST", "agent/waiting/" + id + "/pick", null);

        assertThat(picked.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(picked).getString("status")).isEqualTo("ACTIVE");
        assertThat(waitingIdsInQueue()).isEmpty();
        assertThat(StaffClient.array(agent.api("GET", "agent/conversations", null))).hasSize(1);
        assertThat(customer.conversation().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void agentsWhoAreNotOnlineCannotPick() {
        long id = waitingCustomer();

        var offline = agent.api("POST", "agent/waiting/" + id + "/pick", null);
        agent.api("PUT", "agent/presence", "{\"presence\":\"AWAY\"}");
        var away = agent.api("POST", "agent/waiting/" + id + "/pick", null);

        assertThat(offline.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(offline).getString("detail"))
                .isEqualTo("Set yourself online to take customers.");
        assertThat(away.statusCode()).isEqualTo(409);
        assertThat(waitingIdsInQueue()).containsExactly(id);
    }

    @Test
    void theChatLimitOfTheQueueIsNeverExceeded() {
        admin.api("PUT", "queues/" + queue, "{\"name\":\"" + org.name() + " empty\",\"maxChatsPerAgent\":1}");
        online(agent);
        long first = waitingCustomer();
        long second = waitingCustomer();

        assertThat(agent.api("POST", "agent/waiting/" + first + "/pick", null).statusCode()).isEqualTo(200);
        var refused = agent.api("POST", "agent/waiting/" + second + "/pick", null);

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(refused).getString("detail"))
                .isEqualTo("You already have the most chats this queue allows (1). End one first.");
        assertThat(agent.api("POST", "agent/conversations/" + first + "/end", null).statusCode()).isEqualTo(200);
        assertThat(agent.api("POST", "agent/waiting/" + second + "/pick", null).statusCode()).isEqualTo(200);
    }

    @Test
    void simultaneousPicksByOneAgentStayWithinTheLimit() throws Exception {
        admin.api("PUT", "queues/" + queue, "{\"maxChatsPerAgent\":2}");
        online(agent);
        var ids = new java.util.ArrayList<Long>();
        for (int i = 0; i < 10; i++) {
            ids.add(waitingCustomer());
        }
        var go = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(ids.size());
        try {
            var answers = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (long id : ids) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return agent.api("POST", "agent/waiting/" + id + "/pick", null).statusCode();
                }));
            }
            go.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }

            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(2);
            assertThat(StaffClient.array(agent.api("GET", "agent/conversations", null))).hasSize(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void onlyHandlersOfTheQueueAndOnlyTheOwnOrganisation() {
        var other = TestOrganisation.create("Elsewhere");
        var stranger = other.agent();
        online(stranger);
        var colleague = org.admin();
        long id = waitingCustomer();

        assertThat(stranger.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(404);
        assertThat(stranger.api("GET", "agent/waiting/" + id, null).statusCode()).isEqualTo(404);
        var notHandler = colleague.api("POST", "agent/waiting/" + id + "/pick", null);
        assertThat(notHandler.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(notHandler).getString("detail")).isEqualTo("You do not handle queue " + org.name() + " empty.");
        assertThat(StaffClient.array(stranger.api("GET", "agent/waiting", null)).stream()
                .noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == id)).isTrue();
    }

    @Test
    void onlyAgentsGoOnline() {
        var response = admin.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(admin.api("GET", "agent/presence", null)).getString("presence")).isEqualTo("OFFLINE");
    }

    private long waitingCustomer() {
        var customer = new Customer();
        customer.start(queue, "Someone");
        var ids = waitingIdsInQueue();
        return ids.get(ids.size() - 1);
    }

    /** Waiting customers of this test's queue, oldest first (the agent also handles the fixture's busy queue). */
    private java.util.List<Long> waitingIdsInQueue() {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).stream()
                .map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("queueId").longValue() == queue)
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static void online(StaffClient staff) {
        assertThat(staff.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}").statusCode()).isEqualTo(200);
    }
}
