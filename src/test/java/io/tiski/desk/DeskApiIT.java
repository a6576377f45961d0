package io.tiski.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What the desk reads and writes besides the chat: notes on a conversation (staff of its
 * organisation only), the agent's alert preferences, and the colleagues a chat can be handed to.
 */
class DeskApiIT {

    @Test
    void notesAreKeptWithTheConversationForItsOrganisationsStaffOnly() {
        var org = TestOrganisation.create("Notes");
        long conversation = waitingConversation(org);
        var agent = org.agent();
        String notes = "agent/conversations/" + conversation + "/notes";

        var written = agent.api("POST", notes, "{\"body\":\"  Promised a call-back <b>Monday</b>  \"}");
        assertThat(written.statusCode()).isEqualTo(201);
        assertThat(StaffClient.object(written).getString("body")).isEqualTo("Promised a call-back <b>Monday</b>");

        assertThat(agent.api("POST", notes, "{\"body\":\"   \"}").statusCode()).isEqualTo(400);
        var tooLong = agent.api("POST", notes, "{\"body\":\"" + "x".repeat(4001) + "\"}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(tooLong).getString("detail")).isEqualTo("A note can have at most 4,000 characters.");
        agent.api("POST", notes, "{\"body\":\"Called back, all sorted\"}");

        var admin = org.admin();
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        assertThat(agent.api("POST", "agent/waiting/" + conversation + "/pick", null).statusCode()).isEqualTo(200);
        try (var line = LiveLine.agent(agent)) {
            line.next(ActiveChat.frameType("queues"), Duration.ofSeconds(10));
            assertThat(admin.api("POST", notes, "{\"body\":\"Supervisor: refund approved\"}").statusCode()).isEqualTo(201);
            assertThat(line.next(ActiveChat.frameType("notes"), Duration.ofSeconds(10)).getInt("conversationId"))
                    .as("the agent in the chat is told at once").isEqualTo((int) conversation);
        }

        var asTheAdminSeesThem = StaffClient.array(admin.api("GET", notes, null));
        assertThat(asTheAdminSeesThem.getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("body"), n -> n.getString("authorName"))
                .containsExactly(
                        tuple("Promised a call-back <b>Monday</b>", org.name() + " Agent"),
                        tuple("Called back, all sorted", org.name() + " Agent"),
                        tuple("Supervisor: refund approved", org.name() + " Admin"));

        var stranger = TestOrganisation.create("Other notes").admin();
        assertThat(stranger.api("GET", notes, null).statusCode()).isEqualTo(404);
        assertThat(stranger.api("POST", notes, "{\"body\":\"Not mine\"}").statusCode()).isEqualTo(404);
        assertThat(StaffClient.array(agent.api("GET", notes, null))).hasSize(3);
    }

    @Test
    void alertPreferencesAreEachAgentsOwnAndAChangeKeepsWhatWasNotSent() {
        var org = TestOrganisation.create("Preferences");
        var agent = org.agent();
        assertThat(StaffClient.object(agent.api("GET", "agent/preferences", null)))
                .as("both on by default").isEqualTo(preferences(true, true));

        var changed = agent.api("PUT", "agent/preferences", "{\"soundAlerts\":false}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(changed)).isEqualTo(preferences(false, true));
        agent.api("PUT", "agent/preferences", "{\"tabFlash\":false}");
        assertThat(StaffClient.object(org.agent().api("GET", "agent/preferences", null)))
                .as("kept on the server, for the next sign-in").isEqualTo(preferences(false, false));

        assertThat(StaffClient.object(org.admin().api("GET", "agent/preferences", null)))
                .as("another user's are their own").isEqualTo(preferences(true, true));
        assertThat(agent.api("PUT", "agent/preferences", "{\"soundAlerts\":\"loud\"}").statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(agent.api("GET", "agent/preferences", null))).isEqualTo(preferences(false, false));
    }

    @Test
    void colleaguesAreTheOtherAgentsOfTheOrganisationWithTheirPresence() {
        var org = TestOrganisation.create("Colleagues");
        String prefix = "colleague-" + UUID.randomUUID().toString().substring(0, 8);
        var online = org.onlineAgents(org.emptyQueueId(), prefix, 2);
        var elsewhere = TestOrganisation.create("Other colleagues");
        elsewhere.onlineAgents(elsewhere.emptyQueueId(), prefix + "-x", 1);

        var colleagues = StaffClient.array(org.agent().api("GET", "agent/colleagues", null)).getValuesAs(JsonObject.class);

        assertThat(colleagues).extracting(c -> c.getJsonNumber("id").longValue())
                .as("the two online agents, not the caller, nobody from elsewhere").containsExactlyInAnyOrderElementsOf(online);
        assertThat(colleagues).extracting(c -> c.getString("presence")).containsOnly("ONLINE");
        var fromTheirSide = StaffClient.array(StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD)
                .api("GET", "agent/colleagues", null)).getValuesAs(JsonObject.class);
        assertThat(fromTheirSide).filteredOn(c -> c.getJsonNumber("id").longValue() == org.agentId())
                .extracting(c -> c.getString("presence")).containsExactly("OFFLINE");
    }

    @Test
    void aQueuesFiguresForTodayCountWhatHappenedToItsCustomers() {
        var org = TestOrganisation.create("Figures");
        long queue = org.emptyQueueId();
        var served = waitingConversation(org);
        var agent = org.agent();
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        assertThat(agent.api("POST", "agent/waiting/" + served + "/pick", null).statusCode()).isEqualTo(200);
        assertThat(agent.api("POST", "agent/conversations/" + served + "/end", null).statusCode()).isEqualTo(200);
        var leaving = new Customer();
        leaving.start(queue, "Lauri Leaving");
        assertThat(leaving.send("DELETE", "conversation", null).statusCode()).isLessThan(300);
        new Customer().start(queue, "Wanda Waiting");

        var day = StaffClient.object(org.admin().api("GET", "statistics/queues/" + queue + "/today", null));

        assertThat(day.getInt("joined")).isEqualTo(3);
        assertThat(day.getInt("served")).isEqualTo(1);
        assertThat(day.getInt("abandoned")).isEqualTo(1);
        assertThat(day.getInt("waiting")).isEqualTo(1);
        assertThat(day.getInt("serviceLevelPercent")).as("one of the two who left the line, served at once").isEqualTo(50);
        assertThat(day.getJsonNumber("averageWaitSeconds").longValue()).isBetween(0L, 30L);
        assertThat(day.getJsonNumber("averageHandlingSeconds").longValue()).isBetween(0L, 30L);
        assertThat(agent.api("GET", "statistics/queues/" + queue + "/today", null).statusCode())
                .as("figures are for supervisors and admins").isEqualTo(403);
        assertThat(TestOrganisation.create("Other figures").admin()
                .api("GET", "statistics/queues/" + queue + "/today", null).statusCode()).isEqualTo(404);
    }

    private static long waitingConversation(TestOrganisation org) {
        var admin = org.admin();
        admin.api("POST", "queues/" + org.emptyQueueId() + "/open", null);
        admin.api("PUT", "queues/" + org.emptyQueueId() + "/handlers", "[" + org.agentId() + "]");
        var customer = new Customer();
        assertThat(customer.start(org.emptyQueueId(), "Nora Note").statusCode()).isEqualTo(201);
        return StaffClient.array(org.agent().api("GET", "agent/waiting", null)).getValuesAs(JsonObject.class).stream()
                .filter(w -> "Nora Note".equals(w.getString("customerName", null)))
                .mapToLong(w -> w.getJsonNumber("id").longValue()).findFirst().orElseThrow();
    }

    private static JsonValue preferences(boolean sound, boolean flash) {
        return jakarta.json.Json.createObjectBuilder().add("soundAlerts", sound).add("tabFlash", flash).build();
    }
}
