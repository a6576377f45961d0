package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.pages.WidgetPage;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An organisation that switches the challenge on takes a new chat only with a solved, fresh, unused
 * challenge of its own: a proof of work the widget does in the customer's browser (about a second).
 */
class ChatChallengeIT {

    private TestOrganisation org;
    private StaffClient admin;
    private long queue;

    @BeforeEach
    void organisationThatAsks() {
        org = TestOrganisation.create("Challenge");
        admin = org.admin();
        queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        var on = admin.api("PUT", "organisation/widget", "{\"chatChallenge\":true}");
        assertThat(on.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(on).getBoolean("chatChallenge")).isTrue();
    }

    @Test
    void onlyASolvedFreshChallengeOfTheOrganisationStartsAChat() throws Exception {
        var bot = new Customer();
        var none = bot.start(queue, "Bot");
        assertThat(none.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(none).getString("detail"))
                .isEqualTo("Your browser could not show that it is not a script. Reload the page and try again.");

        var asked = challenge(bot, org.organisationId());
        assertThat(asked.getInt("bits")).isEqualTo(16);
        assertThat(start(bot, asked.getString("challenge"), "12345").statusCode()).as("an unsolved proof").isEqualTo(403);
        assertThat(start(bot, "v1:forged", "1").statusCode()).as("a forged challenge").isEqualTo(403);

        long began = System.nanoTime();
        String proof = solve(asked.getString("challenge"), asked.getInt("bits"));
        System.out.printf("Challenge of %d bits solved in Java in %.0f ms%n", asked.getInt("bits"), (System.nanoTime() - began) / 1e6);
        var person = new Customer();
        assertThat(start(person, asked.getString("challenge"), proof).statusCode()).isEqualTo(201);
        assertThat(start(new Customer(), asked.getString("challenge"), proof).statusCode()).as("used once only").isEqualTo(403);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        assertThat(StaffClient.array(org.agent().api("GET", "agent/waiting", null)).stream()
                .filter(c -> c.asJsonObject().getJsonNumber("queueId").longValue() == queue)).as("only the solved start waits")
                .hasSize(1);

        var other = TestOrganisation.create("Challenge other");
        other.admin().api("PUT", "organisation/widget", "{\"chatChallenge\":true}");
        var foreign = challenge(new Customer(), other.organisationId());
        assertThat(start(new Customer(), foreign.getString("challenge"), solve(foreign.getString("challenge"), foreign.getInt("bits")))
                .statusCode()).as("another organisation's challenge").isEqualTo(403);

        var stale = challenge(new Customer(), org.organisationId());
        String staleProof = solve(stale.getString("challenge"), stale.getInt("bits"));
        try {
            TestOrganisation.advanceClockAndSweep(6 * 60);
            assertThat(start(new Customer(), stale.getString("challenge"), staleProof).statusCode()).as("expired").isEqualTo(403);
        } finally {
            TestOrganisation.advanceClockAndSweep(null);
        }


        admin.api("PUT", "organisation/widget", "{\"chatChallenge\":false}");
        var anyone = new Customer();
        assertThat(anyone.send("GET", "organisations/" + org.organisationId() + "/challenge", null).statusCode()).isEqualTo(204);
        assertThat(anyone.start(queue, "Anyone").statusCode()).as("switched off").isEqualTo(201);
    }

    @Test
    @BrowserTest
    void theWidgetSolvesItInTheCustomersBrowser() {
        try (var browser = new Browser()) {
            var widget = WidgetPage.openFor(browser, org.organisationId());

            widget.startChat(org.name() + " empty", "Pekka");

            assertThat(widget.position()).isEqualTo("Your place in the queue: 1");

            widget.leaveTheQueue();
            assertThat(widget.ended()).as("said as it is, not as an ended conversation").isEqualTo("You left the queue.");
            widget.startANewChat();
        }
    }

    private static JsonObject challenge(Customer customer, long organisationId) {
        var answer = customer.send("GET", "organisations/" + organisationId + "/challenge", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        return StaffClient.object(answer);
    }

    private HttpResponse<String> start(Customer customer, String challenge, String proof) {
        return customer.send("POST", "conversations", "{\"queueId\":" + queue + ",\"startKey\":\"" + customer.startKey()
                + "\",\"name\":\"Solver\",\"challenge\":\"" + challenge + "\",\"proof\":\"" + proof + "\"}");
    }

    /** What the widget does: counts up until SHA-256("challenge:n") starts with enough zero bits. */
    private static String solve(String challenge, int bits) throws Exception {
        var sha = MessageDigest.getInstance("SHA-256");
        for (long n = 0; ; n++) {
            byte[] hash = sha.digest((challenge + ":" + n).getBytes(StandardCharsets.UTF_8));
            int zeros = 0;
            for (byte b : hash) {
                if (b != 0) {
                    zeros += Integer.numberOfLeadingZeros(b & 0xff) - 24;
                    break;
                }
                zeros += 8;
            }
            if (zeros >= bits) {
                return Long.toString(n);
            }
        }
    }
}
