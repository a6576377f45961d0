package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Malformed bodies get 400 with a problem in the caller's language, no class names, and change nothing. */
class BadRequestsIT {

    @Test
    void malformedJsonAndWrongShapesAreA400ProblemAndChangeNothing() {
        var org = TestOrganisation.create("Bad bodies");
        var admin = org.admin();
        int queuesBefore = StaffClient.array(admin.api("GET", "queues", null)).size();

        for (String body : new String[] {"{\"name\": ", "not json at all", "[1, 2, 3]", "{\"name\": {\"x\": 1}}",
                "{\"name\":\"Shape\",\"maxChatsPerAgent\":\"many\"}"}) {
            var answer = admin.api("POST", "queues", body);
            assertProblem(answer, body);
        }

        assertThat(StaffClient.array(admin.api("GET", "queues", null))).as("nothing created").hasSize(queuesBefore);
    }

    @Test
    void aBogusViewStateIsA400PageInTheCallersLanguageWithoutAStackTraceInTheLog() throws Exception {
        var org = TestOrganisation.create("Bogus view state");
        var admin = org.admin();
        int queuesBefore = StaffClient.array(admin.api("GET", "queues", null)).size();
        long logBefore = TestServer.logSize();

        for (String viewState : new String[] {"-4242424242424242424:-1", "garbage", "' OR 1=1 --", "stateless"}) {
            var answer = admin.request("POST", "admin/queues.xhtml", Map.of("Content-Type", "application/x-www-form-urlencoded",
                            "Accept-Language", "fi"),
                    "createForm=createForm&createForm%3Aname=Bogus&createForm%3Acreate=&jakarta.faces.ViewState="
                            + URLEncoder.encode(viewState, StandardCharsets.UTF_8));

            assertThat(answer.statusCode()).as(viewState).isEqualTo(400);
            assertThat(answer.body()).as(viewState).contains("Sivu vanhentui")
                    .doesNotContain("Caused by", "com.sun", "Exception:", "\tat ");
        }

        assertThat(StaffClient.array(admin.api("GET", "queues", null))).as("nothing created").hasSize(queuesBefore);
        String logged = TestServer.logSince(logBefore);
        assertThat(logged).as("no stack trace per bad request").doesNotContain("ViewExpiredException", "\tat ");
    }

    private static void assertProblem(HttpResponse<String> answer, String body) {
        assertThat(answer.statusCode()).as(body).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).as(body).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        var problem = StaffClient.object(answer);
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("detail")).as(body).isNotBlank();
        assertThat(answer.body()).as(body).doesNotContain("Exception", "jakarta.", "org.", "java.", "eclipse", "yasson");
    }
}
