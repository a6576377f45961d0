package io.tiski.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.testsupport.AtOnce;
import io.tiski.testsupport.EmptyServer;
import io.tiski.testsupport.StaffClient;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A new installation in production: a server of its own on an empty database with the demo seed
 * off ({@link EmptyServer}). It prints a setup token; the setup page exists only with that token and
 * only until the first organisation exists; two setups sent at the same moment make one organisation.
 */
class FirstRunIT {

    private static EmptyServer server;

    @BeforeAll
    static void anEmptyInstallation() {
        server = EmptyServer.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theFirstOrganisationIsMadeOnceWithTheTokenFromTheLog() {
        String token = server.setupToken().orElseThrow(() -> new AssertionError("no setup token in the log"));
        var visitor = new StaffClient(server.baseUri());
        assertThat(visitor.get("setup.xhtml").statusCode()).as("without the token").isEqualTo(404);
        assertThat(visitor.get("setup.xhtml?token=" + token.substring(1) + "x").statusCode()).as("a wrong token")
                .isEqualTo(404);
        assertThatThrownBy(() -> StaffClient.loggedIn(server.baseUri(), "admin", "tiski-demo-admin"))
                .as("no demo logins with the demo seed off").isInstanceOf(IllegalStateException.class);

        var weak = submit(new StaffClient(server.baseUri()), token, "Weak Oy", "weak-admin", "short", "weak-op");
        assertThat(weak.statusCode()).isEqualTo(200);
        assertThat(weak.body()).contains("Use a password of 12 to 200 characters.");
        assertThat(weak.body()).as("the refusal next to its field (a full post), not above the form")
                .containsPattern("ui-message-error-detail\"[^>]*>[^<]*Use a password of 12 to 200 characters");

        // Two people set up at the same moment (each has the page open with the token).
        var first = new StaffClient(server.baseUri());
        var second = new StaffClient(server.baseUri());
        var firstPage = setupPage(first, token);
        var secondPage = setupPage(second, token);
        var turn = new AtomicInteger();
        var attempts = AtOnce.run(2, () -> turn.getAndIncrement() == 0
                ? new Attempt("first", post(first, firstPage, "First Oy", "first-admin", "first-password-1", "first-op"))
                : new Attempt("second", post(second, secondPage, "Second Ab", "second-admin", "second-password-1",
                        "second-op")));
        List<Integer> statuses = attempts.stream().map(a -> a.answer().statusCode()).toList();
        System.out.println("First-run race: 2 setups at once answered " + statuses);
        assertThat(statuses).as("one setup wins, the other finds the page gone").containsExactlyInAnyOrder(302, 404);
        var won = attempts.stream().filter(a -> a.answer().statusCode() == 302).findFirst().orElseThrow();
        assertThat(won.answer().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("login.xhtml"));
        boolean firstWon = won.who().equals("first");
        String prefix = won.who();

        assertThat(visitor.get("setup.xhtml?token=" + token).statusCode()).as("the page after the setup").isEqualTo(404);
        var operator = StaffClient.loggedIn(server.baseUri(), prefix + "-op", prefix + "-password-1");
        var organisations = StaffClient.array(operator.api("GET", "operator/organisations", null));
        System.out.println("First-run race: organisations afterwards " + organisations);
        assertThat(organisations).hasSize(1);
        assertThat(organisations.getJsonObject(0).getString("name")).isEqualTo(firstWon ? "First Oy" : "Second Ab");
        var admin = StaffClient.loggedIn(server.baseUri(), prefix + "-admin", prefix + "-password-1");
        assertThat(admin.api("GET", "queues", null).statusCode()).as("the admin chose the password: no change asked")
                .isEqualTo(200);
        String loser = firstWon ? "second" : "first";
        assertThatThrownBy(() -> StaffClient.loggedIn(server.baseUri(), loser + "-admin", loser + "-password-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> StaffClient.loggedIn(server.baseUri(), loser + "-op", loser + "-password-1"))
                .isInstanceOf(IllegalStateException.class);
        assertThat(server.errorLines()).as("errors in the server's log").isEmpty();
    }

    private record Attempt(String who, HttpResponse<String> answer) {
    }

    private static HttpResponse<String> submit(StaffClient client, String token, String name, String admin,
                                               String password, String operator) {
        return post(client, setupPage(client, token), name, admin, password, operator);
    }

    private static HttpResponse<String> post(StaffClient client, HttpResponse<String> page, String name, String admin,
                                             String password, String operator) {
        Map<String, String> form = new HashMap<>();
        form.put("setupForm", "setupForm");
        form.put("setupForm:name", name);
        form.put("setupForm:username", admin);
        form.put("setupForm:displayName", name + " Admin");
        form.put("setupForm:password", password);
        form.put("setupForm:operatorUsername", operator);
        form.put("setupForm:operatorPassword", password);
        form.put("setupForm:submit", "");
        return client.submit("setup.xhtml", page, form);
    }

    private static HttpResponse<String> setupPage(StaffClient client, String token) {
        var page = client.get("setup.xhtml?token=" + token);
        assertThat(page.statusCode()).as("the setup page with the token").isEqualTo(200);
        return page;
    }
}
