package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Many customers and agents at once: customers join in a burst while Tiski offers them and every
 * agent accepts offers and picks customers as fast as it can, nobody ending a chat. Since no chat
 * ends, an agent who ever went over the limit would still be over it at the end.
 */
class ChatLimitUnderLoadIT {

    private static final int AGENTS = 12;
    private static final int LIMIT = 2;
    private static final int CUSTOMERS = 60;

    @Test
    void noAgentEverHasMoreChatsThanTheLimit() throws Exception {
        var org = TestOrganisation.create("Load");
        long queue = org.emptyQueueId();
        org.admin().api("PUT", "queues/" + queue, "{\"routingMode\":\"OFFER\",\"maxChatsPerAgent\":" + LIMIT
                + ",\"offerTimeoutSeconds\":30}");
        org.admin().api("POST", "queues/" + queue + "/open", null);
        String prefix = "load" + org.organisationId();
        org.onlineAgents(queue, prefix, AGENTS);
        List<StaffClient> agents = new ArrayList<>();
        for (int i = 1; i <= AGENTS; i++) {
            agents.add(StaffClient.loggedIn(prefix + "-" + i, TestOrganisation.PASSWORD));
        }
        var pool = Executors.newFixedThreadPool(AGENTS + 8);
        var go = new CountDownLatch(1);
        var refusedForLimit = new AtomicInteger();
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                int number = i;
                work.add(pool.submit(() -> {
                    go.await();
                    return new Customer().start(queue, "Load " + number).statusCode();
                }));
            }
            for (var agent : agents) {
                work.add(pool.submit(() -> {
                    go.await();
                    for (int round = 0; round < 30; round++) {
                        for (var offer : StaffClient.array(agent.api("GET", "agent/offers", null))) {
                            long id = ((JsonObject) offer).getJsonObject("customer").getJsonNumber("id").longValue();
                            count(agent.api("POST", "agent/offers/" + id + "/accept", null), refusedForLimit);
                        }
                        var waiting = StaffClient.array(agent.api("GET", "agent/waiting", null));
                        if (!waiting.isEmpty()) {
                            long id = waiting.getJsonObject(waiting.size() - 1).getJsonNumber("id").longValue();
                            count(agent.api("POST", "agent/waiting/" + id + "/pick", null), refusedForLimit);
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var task : work) {
                task.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> chats = agents.stream()
                .map(agent -> StaffClient.array(agent.api("GET", "agent/conversations", null)).size()).toList();
        int waiting = (int) StaffClient.array(agents.get(0).api("GET", "agent/waiting", null)).size();
        System.out.printf("ChatLimitUnderLoadIT: %d customers, %d agents (limit %d): chats per agent %s,"
                + " %d still waiting, %d takes refused for the limit%n", CUSTOMERS, AGENTS, LIMIT, chats, waiting,
                refusedForLimit.get());

        assertThat(chats).as("active chats per agent").allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(LIMIT));
        assertThat(chats.stream().mapToInt(Integer::intValue).sum()).as("every free place filled")
                .isEqualTo(AGENTS * LIMIT);
        assertThat(waiting).isEqualTo(CUSTOMERS - AGENTS * LIMIT);
    }

    private static void count(java.net.http.HttpResponse<String> answer, AtomicInteger refusedForLimit) {
        if (answer.statusCode() == 409 && StaffClient.object(answer).getString("detail").startsWith("You already have")) {
            refusedForLimit.incrementAndGet();
        }
    }
}
