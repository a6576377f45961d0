package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Transfers and invitations: to a queue at once, to an agent or "any agent of queue X" on their
 * answer, one open request per conversation, under the same rules as picking a customer.
 */
class HandoverIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient first;
    private long firstQueue;
    private long secondQueue;
    private List<Long> colleagues;
    private String prefix;

    @BeforeEach
    void twoQueuesAndThreeAgents() {
        org = TestOrganisation.create("Handover");
        admin = org.admin();
        first = org.agent();
        firstQueue = org.emptyQueueId();
        admin.api("POST", "queues/" + firstQueue + "/open", null);
        admin.api("PUT", "queues/" + firstQueue + "/handlers", "[" + org.agentId() + "]");
        secondQueue = StaffClient.object(admin.api("POST", "queues", "{\"name\":\"" + org.name() + " second\"}"))
                .getJsonNumber("id").longValue();
        admin.api("POST", "queues/" + secondQueue + "/open", null);
        prefix = "ho" + org.organisationId();
        colleagues = org.onlineAgents(secondQueue, prefix, 2);
        online(first);
    }

    @AfterEach
    void realClock() {
        TestOrganisation.advanceClockAndSweep(null);
    }

    @Test
    void aTransferToAQueueWaitsThereWithTheCommentForTheNextAgent() {
        var customer = new Customer();
        long id = activeConversationOfFirst(customer);

        var transfer = first.api("POST", "agent/conversations/" + id + "/transfer",
                "{\"queueId\":" + secondQueue + ",\"comment\":\"Wants a <b>refund</b>\"}");

        assertThat(transfer.statusCode()).isEqualTo(201);
        assertThat(StaffClient.object(transfer).getString("status")).isEqualTo("COMPLETED");
        assertThat(StaffClient.array(first.api("GET", "agent/conversations", null))).isEmpty();
        assertThat(customer.conversation().getString("status")).isEqualTo("WAITING");
        var second = colleague(1);
        var waiting = StaffClient.array(second.api("GET", "agent/waiting", null)).getJsonObject(0);
        assertThat(waiting.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(waiting.getString("transferComment")).isEqualTo("Wants a <b>refund</b>");
        assertThat(waiting.getString("transferredBy")).isEqualTo(org.name() + " Agent");
        assertThat(second.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);
        assertThat(customer.conversation().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aTransferToAnAgentTakesEffectWhenTheyAccept() {
        var customer = new Customer();
        long id = activeConversationOfFirst(customer);
        long secondId = colleagues.get(0);

        var requested = first.api("POST", "agent/conversations/" + id + "/transfer",
                "{\"agentId\":" + secondId + ",\"comment\":\"VIP\"}");
        var again = first.api("POST", "agent/conversations/" + id + "/invite", "{\"agentId\":" + colleagues.get(1) + "}");

        assertThat(requested.statusCode()).isEqualTo(201);
        assertThat(StaffClient.object(requested).getString("status")).isEqualTo("PENDING");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(again).getString("detail")).startsWith("This conversation already has an open");
        assertThat(StaffClient.object(first.api("GET", "agent/conversations/" + id + "/handover", null))
                .getString("targetAgentName")).isEqualTo(prefix + " 1");
        var second = colleague(1);
        var offered = StaffClient.array(second.api("GET", "agent/handovers", null));
        assertThat(offered).hasSize(1);
        assertThat(StaffClient.array(colleague(2).api("GET", "agent/handovers", null))).isEmpty();
        long handover = offered.getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(colleague(2).api("POST", "agent/handovers/" + handover + "/accept", null).statusCode()).isEqualTo(404);

        try (var firstLine = LiveLine.agent(first)) {
            // The line is registered once its first frame (the queues) has come.
            firstLine.next(frame -> "queues".equals(frame.getString("type", null)), Duration.ofSeconds(5));
            var accepted = second.api("POST", "agent/handovers/" + handover + "/accept", null);

            assertThat(accepted.statusCode()).isEqualTo(200);
            // The agent who handed it on is told at once, so their desk stops offering a composer.
            JsonObject handedOver = firstLine.next(frame -> "handedOver".equals(frame.getString("type", null)),
                    Duration.ofSeconds(5));
            assertThat(handedOver.getJsonNumber("conversationId").longValue()).isEqualTo(id);
            assertThat(handedOver.getString("agentName")).isEqualTo(prefix + " 1");
            assertThat(StaffClient.object(accepted).getJsonNumber("agentId").longValue()).isEqualTo(secondId);
            assertThat(StaffClient.object(accepted).getString("transferComment")).isEqualTo("VIP");
            assertThat(StaffClient.array(first.api("GET", "agent/conversations", null))).isEmpty();
            assertThat(customer.conversation().getString("agentName")).isEqualTo(prefix + " 1");
            assertThat(second.api("POST", "agent/handovers/" + handover + "/accept", null).statusCode()).isEqualTo(409);
            assertThat(first.api("GET", "agent/conversations/" + id + "/handover", null).statusCode()).isEqualTo(204);
        }
    }

    @Test
    void anInvitedAgentJoinsAndTheChatCountsTowardsTheirLimit() {
        admin.api("PUT", "queues/" + firstQueue, "{\"maxChatsPerAgent\":1}");
        long id = activeConversationOfFirst(new Customer());
        var second = colleague(1);

        long invitation = StaffClient.object(first.api("POST", "agent/conversations/" + id + "/invite",
                "{\"agentId\":" + colleagues.get(0) + "}")).getJsonNumber("id").longValue();
        assertThat(second.api("POST", "agent/handovers/" + invitation + "/accept", null).statusCode()).isEqualTo(200);

        assertThat(ids(first.api("GET", "agent/conversations", null))).containsExactly(id);
        assertThat(ids(second.api("GET", "agent/conversations", null))).containsExactly(id);
        // Joined chat counted: with a limit of 1 in that queue the second agent cannot also pick a customer there.
        admin.api("PUT", "queues/" + firstQueue + "/handlers", "[" + org.agentId() + "," + colleagues.get(0) + "]");
        long next = waitingInFirstQueue(new Customer());
        var refused = second.api("POST", "agent/waiting/" + next + "/pick", null);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(refused).getString("detail")).contains("(1)");

        assertThat(second.api("POST", "agent/conversations/" + id + "/leave", null).statusCode()).isEqualTo(204);
        assertThat(StaffClient.array(second.api("GET", "agent/conversations", null))).isEmpty();
        assertThat(second.api("POST", "agent/waiting/" + next + "/pick", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvitationToAQueueGoesToExactlyOneOfItsHandlers() throws Exception {
        long id = activeConversationOfFirst(new Customer());
        var invited = first.api("POST", "agent/conversations/" + id + "/invite",
                "{\"queueId\":" + secondQueue + ",\"comment\":\"Second opinion?\"}");
        long invitation = StaffClient.object(invited).getJsonNumber("id").longValue();
        var agents = List.of(colleague(1), colleague(2));
        assertThat(agents).allSatisfy(agent -> assertThat(StaffClient.array(agent.api("GET", "agent/handovers", null))
                .getJsonObject(0).getString("comment")).isEqualTo("Second opinion?"));

        var go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(agents.size());
        try {
            var answers = new ArrayList<Future<Integer>>();
            for (var agent : agents) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return agent.api("POST", "agent/handovers/" + invitation + "/accept", null).statusCode();
                }));
            }
            go.countDown();
            var statuses = new ArrayList<Integer>();
            for (var answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        long joined = agents.stream().filter(a -> !StaffClient.array(a.api("GET", "agent/conversations", null)).isEmpty()).count();
        assertThat(joined).isEqualTo(1);
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        var customer = new Customer();
        long id = activeConversationOfFirst(customer);
        var stranger = TestOrganisation.create("Outsider");
        admin.api("POST", "queues/" + secondQueue + "/close", null);
        var second = colleague(1);
        second.api("PUT", "agent/presence", "{\"presence\":\"AWAY\"}");

        var noTarget = first.api("POST", "agent/conversations/" + id + "/transfer", "{\"comment\":\"x\"}");
        var twoTargets = first.api("POST", "agent/conversations/" + id + "/transfer",
                "{\"agentId\":" + colleagues.get(1) + ",\"queueId\":" + secondQueue + "}");
        var tooLong = first.api("POST", "agent/conversations/" + id + "/transfer",
                "{\"agentId\":" + colleagues.get(1) + ",\"comment\":\"" + "x".repeat(1001) + "\"}");
        var closed = first.api("POST", "agent/conversations/" + id + "/transfer", "{\"queueId\":" + secondQueue + "}");
        var away = first.api("POST", "agent/conversations/" + id + "/transfer", "{\"agentId\":" + colleagues.get(0) + "}");
        var foreignAgent = first.api("POST", "agent/conversations/" + id + "/transfer", "{\"agentId\":" + stranger.agentId() + "}");
        var foreignQueue = first.api("POST", "agent/conversations/" + id + "/transfer", "{\"queueId\":" + stranger.emptyQueueId() + "}");
        var notMine = colleague(2).api("POST", "agent/conversations/" + id + "/transfer", "{\"queueId\":" + firstQueue + "}");
        var otherOrganisation = stranger.agent().api("POST", "agent/conversations/" + id + "/transfer", "{\"queueId\":" + firstQueue + "}");
        var toSelf = first.api("POST", "agent/conversations/" + id + "/invite", "{\"agentId\":" + org.agentId() + "}");

        assertThat(List.of(noTarget, twoTargets, tooLong)).extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(StaffClient.object(noTarget).getString("detail")).isEqualTo("Choose one agent or one queue to hand the conversation to.");
        assertThat(StaffClient.object(tooLong).getString("detail")).isEqualTo("The comment can be at most 1,000 characters.");
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(closed).getString("detail")).startsWith("Queue " + org.name() + " second is closed");
        assertThat(away.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(away).getString("detail")).startsWith(prefix + " 1 cannot take chats now");
        assertThat(List.of(foreignAgent, foreignQueue, otherOrganisation)).extracting(HttpResponse::statusCode).containsOnly(404);
        assertThat(notMine.statusCode()).isEqualTo(403);
        assertThat(toSelf.statusCode()).isEqualTo(409);
        assertThat(ids(first.api("GET", "agent/conversations", null))).containsExactly(id);
        assertThat(first.api("GET", "agent/conversations/" + id + "/handover", null).statusCode()).isEqualTo(204);
        assertThat(customer.conversation().getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anUnansweredRequestRunsOutAndADeclinedOneEndsAtOnce() {
        long id = activeConversationOfFirst(new Customer());
        var second = colleague(1);
        first.api("POST", "agent/conversations/" + id + "/transfer", "{\"agentId\":" + colleagues.get(0) + "}");

        TestOrganisation.advanceClockAndSweep(121);

        assertThat(StaffClient.array(second.api("GET", "agent/handovers", null))).isEmpty();
        assertThat(first.api("GET", "agent/conversations/" + id + "/handover", null).statusCode()).isEqualTo(204);
        long invitation = StaffClient.object(first.api("POST", "agent/conversations/" + id + "/invite",
                "{\"agentId\":" + colleagues.get(0) + "}")).getJsonNumber("id").longValue();
        assertThat(second.api("POST", "agent/handovers/" + invitation + "/decline", null).statusCode()).isEqualTo(204);
        assertThat(first.api("GET", "agent/conversations/" + id + "/handover", null).statusCode()).isEqualTo(204);
        assertThat(ids(first.api("GET", "agent/conversations", null))).containsExactly(id);
    }

    @Test
    void endingTheConversationWithdrawsTheRequestAndReleasesInvitedAgents() {
        long id = activeConversationOfFirst(new Customer());
        var second = colleague(1);
        long invitation = StaffClient.object(first.api("POST", "agent/conversations/" + id + "/invite",
                "{\"agentId\":" + colleagues.get(0) + "}")).getJsonNumber("id").longValue();
        second.api("POST", "agent/handovers/" + invitation + "/accept", null);
        long transfer = StaffClient.object(first.api("POST", "agent/conversations/" + id + "/transfer",
                "{\"agentId\":" + colleagues.get(1) + "}")).getJsonNumber("id").longValue();

        assertThat(first.api("POST", "agent/conversations/" + id + "/end", null).statusCode()).isEqualTo(200);

        assertThat(StaffClient.array(second.api("GET", "agent/conversations", null))).isEmpty();
        var late = colleague(2).api("POST", "agent/handovers/" + transfer + "/accept", null);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(StaffClient.array(colleague(2).api("GET", "agent/conversations", null))).isEmpty();
    }

    private long activeConversationOfFirst(Customer customer) {
        long id = waitingInFirstQueue(customer);
        assertThat(first.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);
        return id;
    }

    private long waitingInFirstQueue(Customer customer) {
        customer.start(firstQueue, "Kaisa");
        return StaffClient.array(first.api("GET", "agent/waiting", null)).stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("queueId").longValue() == firstQueue)
                .map(c -> c.getJsonNumber("id").longValue())
                .reduce((a, b) -> b).orElseThrow();
    }

    private StaffClient colleague(int number) {
        return StaffClient.loggedIn(prefix + "-" + number, TestOrganisation.PASSWORD);
    }

    private static List<Long> ids(HttpResponse<String> response) {
        return StaffClient.array(response).stream().map(c -> ((JsonObject) c).getJsonNumber("id").longValue()).toList();
    }

    /**
     * Logging out is leaving the desk: colleagues see the agent offline at once (and offers to them
     * are withdrawn, as for any agent going offline); at the next login they are back as they had
     * chosen, online or away, never silently something else.
     */
    @Test
    void loggingOutSetsTheAgentOfflineAndLoggingInBringsBackWhatTheyChose() {
        var second = colleague(1);
        assertThat(presenceOf(second, org.agentId())).isEqualTo("ONLINE");

        assertThat(logOut(first).statusCode()).isEqualTo(302);

        assertThat(presenceOf(second, org.agentId())).as("colleagues never see a logged-out agent online").isEqualTo("OFFLINE");
        var back = org.agent();
        assertThat(StaffClient.object(back.api("GET", "agent/presence", null)).getString("presence"))
                .as("online when they left, online when they come back").isEqualTo("ONLINE");
        assertThat(presenceOf(second, org.agentId())).isEqualTo("ONLINE");

        assertThat(back.api("PUT", "agent/presence", "{\"presence\":\"AWAY\"}").statusCode()).isEqualTo(200);
        logOut(back);
        assertThat(presenceOf(second, org.agentId())).isEqualTo("OFFLINE");
        assertThat(StaffClient.object(org.agent().api("GET", "agent/presence", null)).getString("presence"))
                .as("away when they left, away when they come back").isEqualTo("AWAY");
    }

    private static HttpResponse<String> logOut(StaffClient staff) {
        return staff.submit("desk/index.xhtml", staff.get("desk/index.xhtml"), java.util.Map.of(
                "logoutForm", "logoutForm", "logoutForm:logout", ""));
    }

    private static String presenceOf(StaffClient colleague, long agentId) {
        return StaffClient.array(colleague.api("GET", "agent/colleagues", null)).stream().map(c -> (JsonObject) c)
                .filter(c -> c.getJsonNumber("id").longValue() == agentId).findFirst().orElseThrow().getString("presence");
    }

    private static void online(StaffClient staff) {
        assertThat(staff.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}").statusCode()).isEqualTo(200);
    }
}
