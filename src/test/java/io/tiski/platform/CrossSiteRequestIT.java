package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page of another site, even a sibling subdomain (same site, so the Lax session cookie goes
 * along), cannot make a signed-in admin's browser change anything: staff API calls that change
 * something need the X-Tiski-Request header only Tiski's own pages send, a browser's Sec-Fetch-Site
 * and Origin must say "this server", and an API body must not be of a type a plain form can send.
 * Each refusal changes nothing.
 */
class CrossSiteRequestIT {

    private static final String SIBLING = "https://evil.tiski.example";

    @Test
    void aSignedInAdminsCookieAloneCannotCloseAQueue() {
        var org = TestOrganisation.create("Cross site");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        String close = "api/queues/" + queue + "/close";

        var noHeader = admin.request("POST", close, Map.of("Accept-Language", "fi"), null);
        var formPost = admin.request("POST", close, Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Origin", SIBLING, "Sec-Fetch-Site", "same-site"), "a=b");
        var sameSiteFetch = admin.request("POST", close, Map.of(StaffClient.TISKI_REQUEST, "1",
                "Sec-Fetch-Site", "same-site"), null);
        var foreignOrigin = admin.request("POST", close, Map.of(StaffClient.TISKI_REQUEST, "1", "Origin", SIBLING), null);
        var nullOrigin = admin.request("DELETE", "api/queues/" + queue, Map.of(StaffClient.TISKI_REQUEST, "1", "Origin", "null"), null);

        assertThat(noHeader.statusCode()).isEqualTo(403);
        assertThat(noHeader.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(Problem.MEDIA_TYPE));
        assertThat(StaffClient.object(noHeader).getString("detail")).isEqualTo(
                "Pyyntö ei tullut Tiskin sivulta, joten se hylättiin. Lataa sivu uudelleen ja yritä uudestaan.");
        assertThat(formPost.statusCode()).isEqualTo(403);
        assertThat(sameSiteFetch.statusCode()).isEqualTo(403);
        assertThat(foreignOrigin.statusCode()).isEqualTo(403);
        assertThat(nullOrigin.statusCode()).isEqualTo(403);
        assertThat(isOpen(admin, queue)).as("every refused call changed nothing").isTrue();

        String ownOrigin = "http://" + TestServer.baseUri().getAuthority();
        var fromDesk = admin.request("POST", close, Map.of(StaffClient.TISKI_REQUEST, "1", "Origin", ownOrigin,
                "Sec-Fetch-Site", "same-origin"), null);
        assertThat(fromDesk.statusCode()).isEqualTo(200);
        assertThat(isOpen(admin, queue)).isFalse();
    }

    @Test
    void anApiBodyOfAFormsTypeIsRefusedEvenWithTheHeader() {
        var org = TestOrganisation.create("Cross site body");
        var admin = org.admin();
        String json = "{\"name\":\"Smuggled\"}";

        var plain = admin.request("POST", "api/queues", Map.of(StaffClient.TISKI_REQUEST, "1", "Content-Type", "text/plain"), json);
        var form = admin.request("POST", "api/queues", Map.of(StaffClient.TISKI_REQUEST, "1",
                "Content-Type", "application/x-www-form-urlencoded"), json);

        assertThat(plain.statusCode()).isEqualTo(415);
        assertThat(StaffClient.object(plain).getString("detail")).isEqualTo("The request must be sent as JSON.");
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(StaffClient.array(admin.api("GET", "queues", null)).toString()).doesNotContain("Smuggled");
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefused() {
        var org = TestOrganisation.create("Cross site login");
        var client = new StaffClient();

        var forged = client.request("POST", "login.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded",
                        "Origin", SIBLING, "Sec-Fetch-Site", "cross-site"),
                "loginForm=loginForm&loginForm%3Ausername=" + org.adminUsername() + "&loginForm%3Apassword="
                        + TestOrganisation.PASSWORD + "&loginForm%3Asubmit=");

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(client.cookie("TiskiSSO")).isEmpty();
    }

    @Test
    void theLoginPageKeepsNoSessionForAnonymousVisitors() {
        var visitor = new StaffClient();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> page = visitor.get("login.xhtml");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).as("no session for showing the login page")
                    .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));
        }
        var wrong = visitor.login("nobody-" + System.nanoTime(), "wrong password");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().allValues("Set-Cookie")).as("no session for a failed login")
                .noneMatch(cookie -> cookie.startsWith("JSESSIONID"));

        var org = TestOrganisation.create("Stateless login");
        var admin = StaffClient.loggedIn(org.adminUsername(), TestOrganisation.PASSWORD);
        assertThat(admin.api("GET", "queues", null).statusCode()).as("the login page still signs in").isEqualTo(200);
    }

    private static boolean isOpen(StaffClient admin, long queue) {
        return StaffClient.array(admin.api("GET", "queues", null)).stream().map(q -> q.asJsonObject())
                .filter(q -> q.getJsonNumber("id").longValue() == queue).findFirst().orElseThrow().getBoolean("open");
    }
}
