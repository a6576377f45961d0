package io.tiski.routing;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Fifty agents pick the same waiting customer at the same instant, round after round, while Tiski
 * offers that customer to one of them (the queue is in offer mode) and that agent tries to accept:
 * every round must end with exactly one owner. Rounds: {@code -Dtiski.race.rounds} (default 1000).
 * {@link MultiServerIT} runs the same race across two servers.
 */
@Tag("race")
class RoutingRaceIT {

    static final int AGENTS = 50;
    static final int ROUNDS = Integer.getInteger("tiski.race.rounds", 1000);

    @Test
    void fiftyAgentsPickingOneCustomerAlwaysMakeExactlyOneOwner() throws Exception {
        var org = TestOrganisation.create("Race");
        long queue = racingQueue(org);
        List<StaffClient> agents = new ArrayList<>();
        for (int i = 1; i <= AGENTS; i++) {
            agents.add(StaffClient.loggedIn("racer" + org.organisationId() + "-" + i, TestOrganisation.PASSWORD));
        }

        var outcome = PickRace.run(queue, agents, List.of(TestServer.baseUri()), ROUNDS);

        outcome.print("RoutingRaceIT");
        outcome.assertOneOwnerEveryRound();
    }

    /** The fixture's empty queue in offer mode, open, with {@value #AGENTS} online handlers racer{org}-1.... */
    static long racingQueue(TestOrganisation org) {
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("PUT", "queues/" + queue, "{\"name\":\"" + org.name() + " empty\",\"routingMode\":\"OFFER\","
                + "\"maxChatsPerAgent\":3,\"offerTimeoutSeconds\":5}");
        admin.api("POST", "queues/" + queue + "/open", null);
        org.onlineAgents(queue, "racer" + org.organisationId(), AGENTS);
        return queue;
    }
}
