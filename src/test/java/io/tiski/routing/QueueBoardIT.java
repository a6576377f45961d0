package io.tiski.routing;

import static io.tiski.testsupport.ActiveChat.frameType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The desk's queue sidebar on the agent's live line: every queue of the agent's organisation, open
 * or not, with its waiting customers, sent when the line opens and pushed as it changes.
 */
class QueueBoardIT {

    /** Half the sweep's two seconds: a change seen this soon was pushed at its commit. */
    private static final Duration PUSHED = Duration.ofSeconds(1);
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void theLineOpensWithEveryQueueOfTheOrganisationByName() {
        var org = TestOrganisation.create("Board");

        try (var line = LiveLine.agent(org.agent())) {
            var queues = line.next(frameType("queues"), WAIT).getJsonArray("queues");

            assertThat(queues).hasSize(2);
            var busy = queues.getJsonObject(0);
            assertThat(busy.getJsonNumber("id").longValue()).isEqualTo(org.busyQueueId());
            assertThat(busy.getString("name")).isEqualTo(org.name() + " busy");
            assertThat(busy.getBoolean("open")).isFalse();
            assertThat(busy.getInt("waiting")).as("the fixture's waiting customer").isEqualTo(1);
            assertThat(busy.getBoolean("handled")).isTrue();
            var empty = queues.getJsonObject(1);
            assertThat(empty.getJsonNumber("id").longValue()).isEqualTo(org.emptyQueueId());
            assertThat(empty.getString("name")).isEqualTo(org.name() + " empty");
            assertThat(empty.getBoolean("open")).isFalse();
            assertThat(empty.getInt("waiting")).isZero();
            assertThat(empty.getBoolean("handled")).isFalse();
        }
    }

    @Test
    void joinsPicksLeavesAndTransfersMoveTheCountAtOnce() {
        var org = TestOrganisation.create("Board counts");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        long busy = org.busyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var agent = org.agent();
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");

        try (var line = LiveLine.agent(agent)) {
            var opened = line.next(waiting(queue, 0), WAIT);
            assertThat(queueOn(opened, queue).getBoolean("handled")).isTrue();
            assertThat(queueOn(opened, queue).getBoolean("open")).isTrue();

            long joined = System.nanoTime();
            var first = new Customer();
            assertThat(first.start(queue, "First").statusCode()).isEqualTo(201);
            line.next(waiting(queue, 1), PUSHED);
            System.out.printf("QueueBoardIT: join on the board %d ms after it was asked for%n",
                    (System.nanoTime() - joined) / 1_000_000);
            var second = new Customer();
            assertThat(second.start(queue, "Second").statusCode()).isEqualTo(201);
            line.next(waiting(queue, 2), PUSHED);

            long picked = waitingId(agent, "First");
            assertThat(agent.api("POST", "agent/waiting/" + picked + "/pick", null).statusCode()).isEqualTo(200);
            line.next(waiting(queue, 1), PUSHED);

            assertThat(second.send("DELETE", "conversation", null).statusCode()).isEqualTo(204);
            line.next(waiting(queue, 0), PUSHED);

            admin.api("POST", "queues/" + busy + "/open", null);
            long busyBefore = queueOn(line.next(isOpen(busy, true), PUSHED), busy).getInt("waiting");
            assertThat(agent.api("POST", "agent/conversations/" + picked + "/transfer",
                    "{\"queueId\":" + busy + ",\"comment\":\"Billing\"}").statusCode()).isEqualTo(201);
            line.next(waiting(busy, busyBefore + 1), PUSHED);
        }
    }

    @Test
    void closingAQueueThroughTheAdminApiTurnsItClosedOnTheBoard() {
        var org = TestOrganisation.create("Board close");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);

        try (var line = LiveLine.agent(org.agent())) {
            line.next(isOpen(queue, true), WAIT);

            assertThat(admin.api("POST", "queues/" + queue + "/close", null).statusCode()).isEqualTo(200);
            line.next(isOpen(queue, false), PUSHED);
            assertThat(admin.api("POST", "queues/" + queue + "/open", null).statusCode()).isEqualTo(200);
            line.next(isOpen(queue, true), PUSHED);
        }
    }

    @Test
    void anotherOrganisationsQueuesNeverAppearNorWakeTheLine() {
        var ours = TestOrganisation.create("Board ours");
        var theirs = TestOrganisation.create("Board theirs");
        List<JsonObject> boards = new CopyOnWriteArrayList<>();

        try (var line = LiveLine.agent(ours.agent(), frame -> {
            if (frameType("queues").test(frame)) {
                boards.add(frame);
            }
        })) {
            line.next(frameType("queues"), WAIT);
            var theirAdmin = theirs.admin();
            theirAdmin.api("POST", "queues/" + theirs.emptyQueueId() + "/open", null);
            assertThat(new Customer().start(theirs.emptyQueueId(), "Elsewhere").statusCode()).isEqualTo(201);
            theirAdmin.api("POST", "queues/" + theirs.emptyQueueId() + "/close", null);

            // Longer than the sweep's period: it ran at least once, and had nothing new to send.
            assertThatThrownBy(() -> line.next(frameType("queues"), Duration.ofMillis(2500)))
                    .isInstanceOf(AssertionError.class);
            ours.admin().api("POST", "queues/" + ours.emptyQueueId() + "/open", null);
            line.next(isOpen(ours.emptyQueueId(), true), PUSHED);
        }

        assertThat(boards).as("the board on opening, then the one change of ours").hasSize(2)
                .allSatisfy(board -> assertThat(idsOn(board)).isEqualTo(Set.of(ours.emptyQueueId(), ours.busyQueueId())));
    }

    private static Predicate<JsonObject> waiting(long queueId, long count) {
        return onBoard(queueId, queue -> queue.getJsonNumber("waiting").longValue() == count);
    }

    private static Predicate<JsonObject> isOpen(long queueId, boolean open) {
        return onBoard(queueId, queue -> queue.getBoolean("open") == open);
    }

    private static Predicate<JsonObject> onBoard(long queueId, Predicate<JsonObject> state) {
        return frameType("queues").and(board -> state.test(queueOn(board, queueId)));
    }

    private static JsonObject queueOn(JsonObject board, long queueId) {
        return board.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
                .filter(queue -> queue.getJsonNumber("id").longValue() == queueId)
                .findFirst().orElseThrow(() -> new AssertionError("Queue " + queueId + " is not on " + board));
    }

    private static Set<Long> idsOn(JsonObject board) {
        return board.getJsonArray("queues").getValuesAs(JsonObject.class).stream()
                .map(queue -> queue.getJsonNumber("id").longValue()).collect(Collectors.toSet());
    }

    private static long waitingId(StaffClient agent, String customerName) {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).getValuesAs(JsonObject.class).stream()
                .filter(customer -> customerName.equals(customer.getString("customerName", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }
}
