package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Browser;
import io.tiski.testsupport.Deployments;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.MessagingPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** admin/messaging.xhtml in headless Chromium: an admin sets up the SMS service and sends a test SMS. */
@ExtendWith(ArquillianExtension.class)
class MessagingPageIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tiski();
    }

    @Test
    void adminSetsUpTheSmsServiceAndSendsATestSms() throws Exception {
        var org = TestOrganisation.create("Sms page");
        var service = SmsService.start();
        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
            var page = MessagingPage.open(browser);
            assertThat(page.sendTest("040 123 4567")).as("recording gateway by default")
                    .isEqualTo("Recorded only: SMS are kept in Tiski, so nothing was sent.");

            page.useHttpService("ftp://sms.example", "acme", "pw", "{\"to\":\"{to}\",\"text\":\"{text}\"}");
            assertThat(page.waitForError("url"))
                    .isEqualTo("“ftp://sms.example” is not a web address starting with http:// or https://.");
            browser.screenshot("MessagingPageIT-url-refused");

            page = MessagingPage.open(browser);
            page.useHttpService(service.url(), "acme", "pw", "{\"to\":\"{to}\",\"text\":\"{text}\"}");
            page.waitUntilSaved();
            page = MessagingPage.open(browser);
            assertThat(page.showsPasswordStored()).isTrue();
            browser.screenshot("MessagingPageIT-saved");

            assertThat(page.sendTest("040 123 4567")).isEqualTo("The SMS service took the test SMS.");
            browser.screenshot("MessagingPageIT-test-sent");
            assertThat(service.requests()).singleElement().satisfies(posted -> assertThat(posted.body())
                    .isEqualTo("{\"to\":\"+358401234567\",\"text\":\"Test message from Tiski for " + org.name() + ".\"}"));
        } finally {
            service.stop();
        }
    }
}
