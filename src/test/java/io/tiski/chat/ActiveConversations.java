package io.tiski.chat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;

/**
 * Active conversations made the way production makes them: each customer starts a chat through the
 * public API and an agent picks them from the waiting line. Agents work in parallel, each picking
 * its own customers (found by name), so no two agents race for one customer.
 */
final class ActiveConversations {

    /** A conversation ready to chat: the customer's token and the index of the agent who has it. */
    record Chat(String token, long conversationId, int agent) {
    }

    private ActiveConversations() {
    }

    /** {@code count} conversations in the queue (a PICK queue), spread evenly over the agents. */
    static List<Chat> open(long queueId, List<StaffClient> agents, int count, int threads) {
        return open(TestServer.baseUri(), queueId, agents, count, threads);
    }

    /** As {@link #open(long, List, int, int)}, the customers starting through {@code base} (e.g. a load balancer). */
    static List<Chat> open(URI base, long queueId, List<StaffClient> agents, int count, int threads) {
        List<Chat> chats = Collections.synchronizedList(new ArrayList<>());
        List<Callable<Void>> lanes = new ArrayList<>();
        for (int a = 0; a < agents.size(); a++) {
            int agent = a;
            int mine = count / agents.size() + (a < count % agents.size() ? 1 : 0);
            lanes.add(() -> {
                for (int i = 0; i < mine; i++) {
                    chats.add(startAndPick(base, queueId, agents.get(agent), agent));
                }
                return null;
            });
        }
        var pool = Executors.newFixedThreadPool(threads);
        try {
            for (var lane : pool.invokeAll(lanes)) {
                lane.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not open the conversations", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
        return chats;
    }

    private static Chat startAndPick(URI base, long queueId, StaffClient agent, int agentIndex) {
        String name = "Bench " + UUID.randomUUID().toString().substring(0, 13);
        var customer = new Customer(base);
        var started = customer.start(queueId, name);
        if (started.statusCode() != 201) {
            throw new IllegalStateException("Start answered " + started.statusCode() + ": " + started.body());
        }
        long id = StaffClient.array(agent.api("GET", "agent/waiting", null)).stream()
                .map(value -> value.asJsonObject())
                .filter(waiting -> name.equals(waiting.getString("customerName", null)))
                .findFirst().orElseThrow(() -> new IllegalStateException(name + " is not in the waiting line"))
                .getJsonNumber("id").longValue();
        var picked = agent.api("POST", "agent/waiting/" + id + "/pick", null);
        if (picked.statusCode() != 200) {
            throw new IllegalStateException("Pick answered " + picked.statusCode() + ": " + picked.body());
        }
        return new Chat(customer.token(), id, agentIndex);
    }
}
