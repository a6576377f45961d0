package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import org.junit.jupiter.api.Test;

class LoginIT {

    private static final String FAILED = "The username or password is not right.";

    @Test
    void anonymousVisitorIsSentToTheLoginPage() {
        var response = new StaffClient().get("admin/queues.xhtml");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login.xhtml"));
    }

    /**
     * The demo's published passwords open nothing but the password page (the demo login is left
     * unchanged, so other tests and later runs on the same database meet it the same way; the change
     * itself is proven in OperatorApiIT with an admin whose first password an operator chose).
     */
    @Test
    void theDemoAdminMustChooseAPasswordBeforeAnythingElse() {
        var admin = StaffClient.loggedIn("admin", "tiski-demo-admin");

        for (String page : new String[] {"index.xhtml", "admin/queues.xhtml", "desk/index.xhtml"}) {
            var response = admin.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).as(page).hasValueSatisfying(
                    location -> assertThat(location).endsWith("/account/password.xhtml"));
        }
        var api = admin.api("GET", "queues", null);
        assertThat(api.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(api).getString("detail")).startsWith("Change your password first");
        var passwordPage = admin.get("account/password.xhtml");
        assertThat(passwordPage.statusCode()).isEqualTo(200);
        assertThat(passwordPage.body()).contains("Your password was chosen by someone else.");
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        var org = TestOrganisation.create("Login");

        var wrongPassword = new StaffClient();
        var unknownUser = new StaffClient();
        var wrong = wrongPassword.login(org.adminUsername(), "not-the-password");
        var unknown = unknownUser.login("nobody-" + org.organisationId(), "not-the-password");

        assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode());
        assertThat(wrong.body()).contains(FAILED);
        assertThat(unknown.body()).contains(FAILED);
        assertThat(wrongPassword.get("admin/queues.xhtml").statusCode()).isEqualTo(302);
        assertThat(unknownUser.get("admin/queues.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void sessionIdChangesOnLogin() {
        var org = TestOrganisation.create("Fixation");
        var client = new StaffClient();
        // Whatever session a visitor (or an attacker who planted its id) had before: the login page
        // itself keeps none, a request for a protected page may.
        client.get("admin/queues.xhtml");
        client.get("login.xhtml");
        var before = client.cookie("JSESSIONID");

        assertThat(client.login(org.adminUsername(), TestOrganisation.PASSWORD).statusCode()).isEqualTo(302);

        assertThat(client.cookie("JSESSIONID")).isPresent().isNotEqualTo(before);
        assertThat(client.get("admin/queues.xhtml").statusCode()).isEqualTo(200);
    }

    @Test
    void afterLoginTheUserLandsOnThePageAskedFor() {
        var org = TestOrganisation.create("Continue");
        var client = new StaffClient();
        assertThat(client.get("admin/users.xhtml").statusCode()).isEqualTo(302);

        var login = client.login(org.adminUsername(), TestOrganisation.PASSWORD);

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/admin/users.xhtml"));
    }

    @Test
    void agentIsForbiddenTheAdminScreensAndAdminApi() {
        var org = TestOrganisation.create("Roles");
        var agent = org.agent();

        assertThat(agent.get("desk/index.xhtml").statusCode()).isEqualTo(200);
        assertThat(agent.get("admin/queues.xhtml").statusCode()).isEqualTo(403);
        assertThat(agent.get("admin/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(agent.api("GET", "queues", null).statusCode()).isEqualTo(200);
        assertThat(agent.api("POST", "queues", "{\"name\":\"Agent made\"}").statusCode()).isEqualTo(403);
        assertThat(agent.api("DELETE", "queues/" + org.emptyQueueId(), null).statusCode()).isEqualTo(403);
    }

    @Test
    void deactivatedUserCannotLogInAndLosesALiveSession() {
        var org = TestOrganisation.create("Deactivated");
        var liveSession = org.agent();

        org.deactivate(org.agentUsername());

        assertThat(new StaffClient().login(org.agentUsername(), TestOrganisation.PASSWORD).body()).contains(FAILED);
        assertThat(liveSession.api("GET", "queues", null).statusCode()).isEqualTo(401);
        assertThat(liveSession.get("desk/index.xhtml").statusCode()).isEqualTo(302);
    }

    @Test
    void logoutEndsTheSession() {
        var org = TestOrganisation.create("Logout");
        var admin = org.admin();
        var page = admin.get("admin/queues.xhtml");

        var logout = admin.submit("admin/queues.xhtml", page, java.util.Map.of(
                "logoutForm", "logoutForm",
                "logoutForm:logout", ""));

        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("/login.xhtml"));
        assertThat(admin.get("admin/queues.xhtml").statusCode()).isEqualTo(302);
        assertThat(admin.api("GET", "queues", null).statusCode()).isIn(302, 401, 403);
    }
}
