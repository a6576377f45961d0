package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.PasswordForm;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A platform operator runs organisations through /api/operator/organisations as a customer's
 * operator would: creates two with their first admins, who must replace the operator's password at
 * their first login and then see nothing of each other; renames; deactivates one (its admin's
 * session and live line end, its widget is refused) and activates it again. The operator itself
 * reaches nothing an organisation keeps.
 */
class OperatorApiIT {

    private static final String FIRST_PASSWORD = "operator-chosen-1";
    private static final String OWN_PASSWORD = "my-own-password-42";

    private static StaffClient operator;

    @BeforeAll
    static void anOperator() throws Exception {
        String username = "op-" + UUID.randomUUID().toString().substring(0, 8);
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        TestServer.baseUri().resolve("test-fixtures/operator?username=" + username))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        operator = StaffClient.loggedIn(username, TestOrganisation.PASSWORD);
    }

    @Test
    void twoOrganisationsMadeByTheOperatorSeeNothingOfEachOther() {
        var a = create("Operated A");
        var b = create("Operated B");
        var adminA = firstLogin(a);
        var adminB = firstLogin(b);

        long queueA = StaffClient.object(adminA.client().api("POST", "queues", "{\"name\":\"A line\"}"))
                .getJsonNumber("id").longValue();
        long queueB = StaffClient.object(adminB.client().api("POST", "queues", "{\"name\":\"B line\"}"))
                .getJsonNumber("id").longValue();

        assertThat(adminA.client().api("GET", "queues/" + queueB, null).statusCode()).as("B's queue, asked by A")
                .isEqualTo(404);
        assertThat(adminA.client().api("PUT", "queues/" + queueB, "{\"name\":\"Taken over\"}").statusCode())
                .isEqualTo(404);
        assertThat(adminA.client().api("POST", "queues/" + queueB + "/close", null).statusCode()).isEqualTo(404);
        assertThat(adminB.client().api("GET", "queues/" + queueA, null).statusCode()).isEqualTo(404);
        assertThat(StaffClient.array(adminA.client().api("GET", "queues", null)).stream()
                .map(q -> q.asJsonObject().getString("name")).toList()).containsExactly("A line");
        assertThat(adminA.client().api("GET", "operator/organisations", null).statusCode())
                .as("an admin is not an operator").isEqualTo(403);
        for (String staffOnly : new String[] {"queues", "queues/" + queueA, "contacts", "agent/conversations", "audit"}) {
            assertThat(operator.api("GET", staffOnly, null).statusCode()).as("the operator asks for " + staffOnly)
                    .isEqualTo(403);
        }
        assertThat(operator.get("desk/index.xhtml").statusCode()).isEqualTo(403);
        assertThat(operator.get("admin/users.xhtml").statusCode()).isEqualTo(403);
        var listed = StaffClient.array(operator.api("GET", "operator/organisations", null)).stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getJsonNumber("id").longValue() == a.getJsonNumber("id").longValue())
                .findFirst().orElseThrow();
        assertThat(listed.getString("name")).isEqualTo(a.getString("name"));
        assertThat(listed.getInt("staff")).isEqualTo(1);
    }

    @Test
    void theFirstAdminMustReplaceTheOperatorsPasswordFirst() {
        var org = create("First login");
        String username = adminOf(org);
        var admin = StaffClient.loggedIn(username, FIRST_PASSWORD);
        assertThat(admin.api("GET", "queues", null).statusCode()).isEqualTo(403);
        assertThat(admin.get("admin/queues.xhtml").headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/account/password.xhtml"));

        assertThat(PasswordForm.submit(admin, "not the password", OWN_PASSWORD, OWN_PASSWORD).body())
                .contains("This is not your current password.");
        assertThat(PasswordForm.submit(admin, FIRST_PASSWORD, "short-11ch", "short-11ch").body())
                .contains("Use a password of 12 to 200 characters.");
        assertThat(PasswordForm.submit(admin, FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD + "x").body())
                .contains("The two new passwords differ.");
        assertThat(admin.api("GET", "queues", null).statusCode()).as("still held back").isEqualTo(403);
        var otherBrowser = StaffClient.loggedIn(username, FIRST_PASSWORD);

        var changed = PasswordForm.submit(admin, FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD);

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(admin.api("GET", "queues", null).statusCode()).as("the same session, after the change").isEqualTo(200);
        assertThat(admin.get("admin/queues.xhtml").statusCode()).isEqualTo(200);
        assertThat(otherBrowser.api("GET", "queues", null).statusCode()).as("a session from before").isEqualTo(401);
        assertThatThrownBy(() -> StaffClient.loggedIn(username, FIRST_PASSWORD)).as("the operator's password")
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aDeactivatedOrganisationsStaffAreOutAndItsWidgetIsRefused() {
        var org = create("Deactivated");
        long id = org.getJsonNumber("id").longValue();
        var admin = firstLogin(org).client();
        long queue = StaffClient.object(admin.api("POST", "queues", "{\"name\":\"Shop\"}")).getJsonNumber("id").longValue();
        assertThat(admin.api("POST", "queues/" + queue + "/open", null).statusCode()).isEqualTo(200);
        assertThat(new Customer().start(queue, "Before").statusCode()).isEqualTo(201);

        try (var line = LiveLine.agent(admin)) {
            line.next(frame -> "inbox".equals(frame.getString("type", "")), Duration.ofSeconds(5));

            var deactivated = operator.api("POST", "operator/organisations/" + id + "/deactivate", null);

            assertThat(StaffClient.object(deactivated).getBoolean("active")).isFalse();
            assertThat(line.closeCode(Duration.ofSeconds(1))).as("the admin's desk line").isEqualTo(1008);
        }
        assertThat(admin.api("GET", "queues", null).statusCode()).as("the admin's session").isEqualTo(401);
        assertThatThrownBy(() -> StaffClient.loggedIn(adminOf(org), OWN_PASSWORD)).as("a new login")
                .isInstanceOf(IllegalStateException.class);
        var refused = new Customer().start(queue, "After");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(refused).getString("detail")).isEqualTo("This organisation’s chat is not available.");
        var queues = publicQueues(id);
        assertThat(queues.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(queues).getString("detail")).isEqualTo("This organisation’s chat is not available.");

        var activated = operator.api("POST", "operator/organisations/" + id + "/activate", null);

        assertThat(StaffClient.object(activated).getBoolean("active")).isTrue();
        assertThat(admin.api("GET", "queues", null).statusCode()).as("the old session stays ended (not signed in)")
                .isIn(401, 302);
        assertThat(StaffClient.loggedIn(adminOf(org), OWN_PASSWORD).api("GET", "queues", null).statusCode()).isEqualTo(200);
        assertThat(publicQueues(id).statusCode()).isEqualTo(200);
    }

    @Test
    void renamingKeepsNamesUniqueAndClean() {
        var a = create("Renamed");
        var b = create("Other");
        long id = a.getJsonNumber("id").longValue();
        String newName = "Renamed again " + UUID.randomUUID().toString().substring(0, 6);

        var renamed = operator.api("PUT", "operator/organisations/" + id, Json.createObjectBuilder().add("name", newName)
                .build().toString());

        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(operator.api("GET", "operator/organisations/" + id, null)).getString("name"))
                .isEqualTo(newName);
        var taken = operator.api("PUT", "operator/organisations/" + id, Json.createObjectBuilder()
                .add("name", b.getString("name")).build().toString());
        assertThat(taken.statusCode()).isEqualTo(409);
        var invisible = operator.api("PUT", "operator/organisations/" + id, "{\"name\":\"Zero\\u200bwidth\"}");
        assertThat(invisible.statusCode()).isEqualTo(400);
        assertThat(operator.api("PUT", "operator/organisations/999999999", "{\"name\":\"Nobody\"}").statusCode())
                .isEqualTo(404);
        var weak = operator.api("POST", "operator/organisations", Json.createObjectBuilder()
                .add("name", "Weak " + UUID.randomUUID()).add("admin", Json.createObjectBuilder()
                        .add("username", "weak-" + UUID.randomUUID().toString().substring(0, 8))
                        .add("displayName", "Weak").add("password", "eleven-char")).build().toString());
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(weak).getJsonObject("fields").getString("password"))
                .isEqualTo("Use a password of 12 to 200 characters.");
    }

    private record Admin(StaffClient client) {
    }

    private static JsonObject create(String prefix) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var response = operator.api("POST", "operator/organisations", Json.createObjectBuilder()
                .add("name", prefix + " " + suffix)
                .add("admin", Json.createObjectBuilder().add("username", "adm-" + suffix)
                        .add("displayName", prefix + " Admin").add("password", FIRST_PASSWORD))
                .build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var json = StaffClient.object(response);
        assertThat(json.getBoolean("active")).isTrue();
        return Json.createObjectBuilder(json).add("adminUsername", "adm-" + suffix).build();
    }

    private static String adminOf(JsonObject organisation) {
        return organisation.getString("adminUsername");
    }

    /** Logs the admin in with the operator's password and replaces it, as the admin would. */
    private static Admin firstLogin(JsonObject organisation) {
        var client = StaffClient.loggedIn(adminOf(organisation), FIRST_PASSWORD);
        assertThat(PasswordForm.submit(client, FIRST_PASSWORD, OWN_PASSWORD, OWN_PASSWORD).statusCode()).isEqualTo(302);
        return new Admin(client);
    }

    private static HttpResponse<String> publicQueues(long organisationId) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServer.baseUri()
                            .resolve("api/public/organisations/" + organisationId + "/queues"))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
