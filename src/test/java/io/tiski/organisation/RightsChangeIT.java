package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.organisation.entity.Role;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Rights taken away are gone on the next request: a session keeps the rights version its user had
 * at login, and a session (or a single-sign-on cookie replayed without its session) whose version
 * is not the user's any more is ended; the user's open live lines close as soon as the change
 * commits.
 */
class RightsChangeIT {

    @Test
    void aDemotedAdminsOpenSessionLosesAdminRightsOnItsNextRequest() throws Exception {
        var org = TestOrganisation.create("Demoted");
        String second = org.addStaff("second", Role.ADMIN);
        var demoted = StaffClient.loggedIn(second, TestOrganisation.PASSWORD);
        assertThat(demoted.api("GET", "audit", null).statusCode()).isEqualTo(200);
        String ssoCookie = demoted.cookie("TiskiSSO").orElseThrow();

        org.changeRoles(second, Role.AGENT);

        assertThat(demoted.api("GET", "audit", null).statusCode()).as("the old session's admin call").isEqualTo(401);
        assertNotSignedIn(demoted.api("GET", "agent/presence", null), "the session is over");
        assertNotSignedIn(withOnlyCookie("TiskiSSO=" + ssoCookie, "api/audit"),
                "the single-sign-on cookie from before, replayed alone");
        var again = StaffClient.loggedIn(second, TestOrganisation.PASSWORD);
        assertThat(again.api("GET", "audit", null).statusCode()).as("logged in again, as an agent").isEqualTo(403);
        assertThat(again.api("GET", "agent/presence", null).statusCode()).isEqualTo(200);
    }

    @Test
    void savingTheSameRolesKeepsTheSession() {
        var org = TestOrganisation.create("Same roles");
        var agent = org.agent();

        org.changeRoles(org.agentUsername(), Role.AGENT);

        assertThat(agent.api("GET", "agent/presence", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetEndsTheSessionsFromBeforeIt() {
        var org = TestOrganisation.create("Reset");
        var before = org.agent();
        var otherBrowser = org.agent();
        assertThat(before.api("GET", "agent/presence", null).statusCode()).isEqualTo(200);

        org.resetPassword(org.agentUsername(), "a new password 42");

        assertThat(before.api("GET", "agent/presence", null).statusCode()).isEqualTo(401);
        assertNotSignedIn(otherBrowser.api("GET", "agent/presence", null), "a session in another browser");
        assertThatThrownBy(() -> StaffClient.loggedIn(org.agentUsername(), TestOrganisation.PASSWORD))
                .as("the old password").isInstanceOf(IllegalStateException.class);
        var after = StaffClient.loggedIn(org.agentUsername(), "a new password 42");
        assertThat(after.api("GET", "agent/presence", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeactivatedAgentsOpenLiveLineClosesAtOnceAndCannotOpenAgain() {
        var org = TestOrganisation.create("Line closed");
        var agent = org.agent();
        try (var line = LiveLine.agent(agent)) {
            line.next(frame -> "inbox".equals(frame.getString("type", "")), Duration.ofSeconds(5));

            org.deactivate(org.agentUsername());

            assertThat(line.closeCode(Duration.ofSeconds(1))).as("closed within a second: policy violated")
                    .isEqualTo(1008);
        }
        assertThatThrownBy(() -> LiveLine.agent(agent)).as("the handshake of the ended session")
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(401));
    }

    @Test
    void anAgentWhoseRolesChangeGetsTheirLineClosedAndReopensItWithANewLogin() {
        var org = TestOrganisation.create("Line roles");
        String agentUsername = org.agentUsername();
        var agent = org.agent();
        try (var line = LiveLine.agent(agent)) {
            line.next(frame -> "inbox".equals(frame.getString("type", "")), Duration.ofSeconds(5));

            org.changeRoles(agentUsername, Role.AGENT, Role.SUPERVISOR);

            assertThat(line.closeCode(Duration.ofSeconds(1))).isEqualTo(1008);
        }
        try (var reopened = LiveLine.agent(StaffClient.loggedIn(agentUsername, TestOrganisation.PASSWORD))) {
            assertThat(reopened.next(frame -> "inbox".equals(frame.getString("type", "")), Duration.ofSeconds(5)))
                    .isNotNull();
        }
    }

    /** Ended by this request (401) or already not signed in (sent to the login page). */
    private static void assertNotSignedIn(HttpResponse<String> response, String what) {
        assertThat(response.statusCode()).as(what).isIn(401, 302);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location")).as(what).hasValueSatisfying(location ->
                    assertThat(location).contains("login.xhtml"));
        }
    }

    private static HttpResponse<String> withOnlyCookie(String cookie, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServer.baseUri().resolve(path))
                .header("Cookie", cookie).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
