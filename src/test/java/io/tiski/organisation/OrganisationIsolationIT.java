package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An admin of organisation A can never see or change anything of organisation B. */
class OrganisationIsolationIT {

    private TestOrganisation a;
    private TestOrganisation b;
    private StaffClient adminOfA;

    @BeforeEach
    void twoOrganisations() {
        a = TestOrganisation.create("Alpha");
        b = TestOrganisation.create("Beta");
        adminOfA = a.admin();
    }

    @Test
    void queueListShowsOnlyTheOwnOrganisation() {
        var names = StaffClient.array(adminOfA.api("GET", "queues", null)).stream()
                .map(value -> value.asJsonObject().getString("name")).toList();

        assertThat(names).containsExactly(a.name() + " busy", a.name() + " empty");
    }

    @Test
    void queuesOfAnotherOrganisationAreNotFoundWhateverTheMethod() {
        String queue = "queues/" + b.emptyQueueId();

        assertThat(adminOfA.api("GET", queue, null).statusCode()).isEqualTo(404);
        assertThat(adminOfA.api("PUT", queue, "{\"name\":\"Hijacked\"}").statusCode()).isEqualTo(404);
        assertThat(adminOfA.api("POST", queue + "/open", null).statusCode()).isEqualTo(404);
        assertThat(adminOfA.api("PUT", queue + "/handlers", "[" + a.agentId() + "]").statusCode()).isEqualTo(404);
        assertThat(adminOfA.api("DELETE", queue, null).statusCode()).isEqualTo(404);

        JsonObject unchanged = StaffClient.object(b.admin().api("GET", queue, null));
        assertThat(unchanged.getString("name")).isEqualTo(b.name() + " empty");
        assertThat(unchanged.getBoolean("open")).isFalse();
        assertThat(unchanged.getJsonArray("handlerIds")).isEmpty();
    }

    @Test
    void agentsOfAnotherOrganisationCannotBeMadeHandlers() {
        var response = adminOfA.api("PUT", "queues/" + a.emptyQueueId() + "/handlers", "[" + b.agentId() + "]");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(StaffClient.object(adminOfA.api("GET", "queues/" + a.emptyQueueId(), null))
                .getJsonArray("handlerIds")).isEmpty();
    }

    @Test
    void userAndQueueScreensShowOnlyTheOwnOrganisation() {
        var users = adminOfA.get("admin/users.xhtml").body();
        var queues = adminOfA.get("admin/queues.xhtml").body();

        assertThat(users).contains(a.adminUsername(), a.agentUsername())
                .doesNotContain(b.adminUsername(), b.agentUsername(), "tiski-admin", ">aino<");
        assertThat(queues).contains(a.name() + " busy").doesNotContain(b.name(), ">Sales<");
    }
}
