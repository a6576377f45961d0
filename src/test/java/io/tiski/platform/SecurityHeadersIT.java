package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Every kind of answer (a page, an API answer, a static file, an error) refuses to be framed, is
 * not sniffed, and sends no referrer to other sites.
 */
class SecurityHeadersIT {

    @Test
    void pagesApiAnswersFilesAndErrorsCarryTheHeaders() {
        var org = TestOrganisation.create("Headers");
        var anonymous = new StaffClient();

        assertHardened(anonymous.get("login.xhtml"), "the login page");
        assertHardened(anonymous.get("api/public/organisations/" + org.organisationId() + "/queues"), "a public API answer");
        assertHardened(anonymous.get("widget/tiski.js"), "the widget's script");
        assertHardened(anonymous.get("no/such/page"), "a 404");
        var admin = org.admin();
        assertHardened(admin.get("admin/queues.xhtml"), "an admin page");
        assertHardened(admin.api("GET", "queues", null), "a staff API answer");
        assertHardened(admin.get("desk/index.xhtml"), "the desk");
    }

    @Test
    void pagesRunNoScriptWithoutTheNonceOfTheirResponse() {
        var org = TestOrganisation.create("Script policy");
        var admin = org.admin();
        for (String page : new String[] {"admin/queues.xhtml", "desk/index.xhtml"}) {
            var answer = admin.get(page);
            var policy = answer.headers().allValues("Content-Security-Policy").stream()
                    .filter(value -> value.contains("script-src")).findFirst();
            assertThat(policy).as(page).hasValueSatisfying(value ->
                    assertThat(value).matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]+'.*").doesNotContain("unsafe-inline"));
            String nonce = policy.get().replaceAll(".*'nonce-([^']+)'.*", "$1");
            assertThat(answer.body()).as(page + ": every inline script carries the nonce")
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)(?![^>]*nonce=\"" + java.util.regex.Pattern.quote(nonce) + "\")[^>]*>")
                    .doesNotContainPattern("\\son(click|change|load|complete|submit|keyup|keydown)=\"");
        }
    }

    private static void assertHardened(HttpResponse<String> response, String what) {
        var headers = response.headers();
        assertThat(headers.allValues("Content-Security-Policy")).as(what).contains("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).as(what).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.firstValue("X-Powered-By")).as(what + ": no version banner").isEmpty();
        assertThat(headers.firstValue("Server")).as(what + ": no version banner").isEmpty();
    }
}
