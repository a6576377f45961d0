package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.MessagingPage;
import org.junit.jupiter.api.Test;

/**
 * admin/messaging.xhtml in headless Chromium: an admin sets up the SMS service and sends a test SMS;
 * a dead service is told in Tiski's words, a reserved address refused next to the field.
 */
@BrowserTest
class MessagingPageIT {

    @Test
    void adminSetsUpTheSmsServiceAndSendsATestSms() throws Exception {
        var org = TestOrganisation.create("Sms page");
        var service = SmsService.start();
        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
            var page = MessagingPage.open(browser);
            assertThat(page.sendTest("040 123 4567")).as("recording gateway by default")
                    .isEqualTo("Recorded only: SMS are kept in Tiski, so nothing was sent.");
            assertThat(page.showsServiceFields()).as("only what applies to keeping SMS in Tiski").isFalse();
            Accessibility.assertNoSeriousViolations(browser, "admin/messaging.xhtml, kept in Tiski");

            page.useHttpService("ftp://sms.example", "acme", "pw", "{\"to\":\"{to}\",\"text\":\"{text}\"}");
            assertThat(page.waitForError("url"))
                    .isEqualTo("“ftp://sms.example” is not a web address starting with http:// or https://.");
            browser.screenshot("MessagingPageIT-url-refused");
            Accessibility.assertNoSeriousViolations(browser, "admin/messaging.xhtml, SMS service with an error");

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

            service.stop();
            page = MessagingPage.open(browser);
            assertThat(page.sendTest("040 123 4567")).as("what the network said stays in the server's log")
                    .isEqualTo("The test SMS was not sent: The SMS service could not be reached.");

            page.useHttpService("http://198.18.0.10/sms", "acme", "pw", "{\"to\":\"{to}\",\"text\":\"{text}\"}");
            assertThat(page.waitForError("url")).startsWith("“http://198.18.0.10/sms” is an address reserved for special use");
            browser.screenshot("MessagingPageIT-reserved-refused");

            // The form still holds the refused address: switching back to "kept in Tiski" saves anyway.
            page.useRecording();
            page.waitUntilSaved();
            browser.screenshot("MessagingPageIT-back-to-recording");
            var stored = StaffClient.object(org.admin().api("GET", "contacts/sms-settings", null));
            assertThat(stored.getString("gateway")).isEqualTo("RECORDING");
            assertThat(stored.getString("url")).as("the service's settings kept for a switch back").isEqualTo(service.url());
            assertThat(page.sendTest("040 123 4567")).isEqualTo("Recorded only: SMS are kept in Tiski, so nothing was sent.");
        } finally {
            service.stop();
        }
    }
}
