package io.tiski.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.Mailbox;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.OfflineMessagesPage;
import jakarta.mail.internet.InternetAddress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/** A closed queue takes messages: stored, then e-mailed to the queue's address (GreenMail here). */
class OfflineMessageIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtp();

    @Test
    void aMessageLeftInAClosedQueueIsMailedToTheQueue() throws Exception {
        var org = TestOrganisation.create("Offline");
        long queue = org.emptyQueueId();
        org.admin().api("PUT", "queues/" + queue, "{\"contactEmail\":\"sales@shop.example\"}");
        var customer = new Customer();
        assertThat(customer.start(queue, "Late").statusCode()).as("closed").isEqualTo(409);

        var left = customer.send("POST", "queues/" + queue + "/offline-messages",
                "{\"name\":\"Olli\",\"contact\":\"olli@customer.example\",\"message\":\"Please call me about my order 42.\"}");

        assertThat(left.statusCode()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 1);
        var mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("sales@shop.example");
        assertThat(mail.getSubject()).isEqualTo("Message left in queue " + org.name() + " empty");
        assertThat(((InternetAddress) mail.getReplyTo()[0]).getAddress()).isEqualTo("olli@customer.example");
        assertThat(GreenMailUtil.getBody(mail)).contains("Name: Olli", "Contact: olli@customer.example",
                "Please call me about my order 42.");
    }

    @Test
    @BrowserTest
    void adminsSeeTheirOwnOrganisationsMessagesEscapedWithTheMailState() {
        var org = TestOrganisation.create("Offline list");
        long queue = org.emptyQueueId();
        org.admin().api("PUT", "queues/" + queue, "{\"contactEmail\":\"list@shop.example\"}");
        var customer = new Customer();
        customer.send("POST", "queues/" + queue + "/offline-messages",
                "{\"name\":\"<b>Bold</b> Bea\",\"contact\":\"bea@customer.example\",\"message\":\"Line one\\nLine <i>two</i>\"}");
        var other = TestOrganisation.create("Offline other");
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 1);
        // Marked sent in the transaction after the hand-over to SMTP: wait for that to commit too.
        var admin = org.admin();
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("admin/offline-messages.xhtml").body().contains(">Sent<"));

        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
            browser.open("admin/offline-messages.xhtml");
            var driver = browser.driver();
            browser.screenshot("OfflineMessageIT-admin-list");

            assertThat(driver.findElements(By.cssSelector(".offline-name")))
                    .extracting(WebElement::getText).containsExactly("<b>Bold</b> Bea");
            assertThat(driver.findElement(By.cssSelector(".offline-message")).getText()).isEqualTo("Line one\nLine <i>two</i>");
            assertThat(driver.findElement(By.cssSelector(".offline-queue")).getText()).isEqualTo(org.name() + " empty");
            assertThat(driver.findElement(By.cssSelector(".offline-mail")).getText()).isEqualTo("Sent");
            assertThat(driver.findElements(By.tagName("b"))).isEmpty();
        }
        // A second message, to a queue with no address: found by words, queue and state, marked handled.
        var parcel = new Customer().from("10.77.0.2").send("POST", "queues/" + org.busyQueueId() + "/offline-messages",
                "{\"name\":\"Pia\",\"contact\":\"pia.pitkanen-virtanen@customer-service.example\","
                        + "\"message\":\"Where is my parcel?\"}");
        assertThat(parcel.statusCode()).as(parcel.body()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("admin/offline-messages.xhtml").body()
                .contains("The queue has no e-mail address."));
        try (var browser = new Browser()) {
            browser.driver().manage().window().setSize(new Dimension(900, 900));
            LoginPage.open(browser).logInAsAdmin(org.adminUsername(), TestOrganisation.PASSWORD);
            var page = OfflineMessagesPage.open(browser);
            String bea = "Line one\nLine <i>two</i>";
            String pia = "Where is my parcel?";
            page.waitForMessages(List.of(pia, bea));
            assertThat(page.cell(pia, "offline-reason")).as("why the mail did not go")
                    .isEqualTo("The queue has no e-mail address. Add one in the queue’s settings.");
            assertThat(page.addressPartsWhole(pia)).as("an address broken only between its parts, not cut off")
                    .hasSize(6).containsOnly(true);
            Accessibility.assertNoSeriousViolations(browser, "admin/offline-messages.xhtml");

            page.search("PARCEL", List.of(pia));
            page.search("", List.of(pia, bea));
            page.filter("queue", org.name() + " empty", List.of(bea));
            page.filter("queue", "All queues", List.of(pia, bea));
            page.markHandled(pia);
            assertThat(page.cell(pia, "offline-handled")).startsWith("Handled by ");
            page.filter("state", "Not handled", List.of(bea));
            page.filter("state", "Handled", List.of(pia));
            page.filter("state", "E-mail not sent", List.of(pia));
            browser.screenshot("OfflineMessageIT-filtered-handled");
            Accessibility.assertNoSeriousViolations(browser, "admin/offline-messages.xhtml, filtered");
        }

        var stranger = other.admin().get("admin/offline-messages.xhtml");
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(stranger.body()).doesNotContain("Bold").contains("No customer has left a message yet.");
        assertThat(org.agent().get("admin/offline-messages.xhtml").statusCode()).as("admins only").isEqualTo(403);
    }

    @Test
    void badMessagesAreExplainedAndNothingIsSent() {
        var org = TestOrganisation.create("Offline bad");
        long queue = org.emptyQueueId();
        org.admin().api("PUT", "queues/" + queue, "{\"contactEmail\":\"support@shop.example\"}");
        var customer = new Customer();

        var noMessage = customer.send("POST", "queues/" + queue + "/offline-messages", "{\"contact\":\"a@b.example\"}");
        var noContact = customer.send("POST", "queues/" + queue + "/offline-messages", "{\"message\":\"Hello\"}");
        var tooLong = customer.send("POST", "queues/" + queue + "/offline-messages",
                "{\"contact\":\"a@b.example\",\"message\":\"" + "x".repeat(4001) + "\"}");
        var noQueue = customer.send("POST", "queues/999999999/offline-messages",
                "{\"contact\":\"a@b.example\",\"message\":\"Hello\"}");

        assertThat(noMessage.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(noMessage).getString("detail")).isEqualTo("Write your message (at most 4,000 characters).");
        assertThat(noContact.statusCode()).isEqualTo(400);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(noQueue.statusCode()).isEqualTo(404);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> SMTP.getReceivedMessages().length == 0);
    }

    @Test
    void oneAddressLeavesAFewMessagesAnHourNotAFlood() {
        var org = TestOrganisation.create("Offline flood");
        long queue = org.emptyQueueId();
        var script = new Customer().from("10.77.0.1");
        int stored = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < 20; i++) {
            var answer = script.send("POST", "queues/" + queue + "/offline-messages",
                    "{\"contact\":\"a@b.example\",\"message\":\"Flood " + i + "\"}");
            if (answer.statusCode() == 201) {
                stored++;
            } else if (refused == null) {
                refused = answer;
            }
        }

        assertThat(stored).as("five free, then one every three minutes").isEqualTo(5);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(StaffClient.object(refused).getString("detail"))
                .isEqualTo("Too many messages have been left from here. Please try again later.");
        String list = org.admin().get("admin/offline-messages.xhtml").body();
        assertThat(list).contains("Flood 4").doesNotContain("Flood 5");
        assertThat(new Customer().send("POST", "queues/" + queue + "/offline-messages",
                "{\"contact\":\"c@d.example\",\"message\":\"From elsewhere\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void anOpenQueueTakesChatsNotMessagesAndStoresNothing() {
        var org = TestOrganisation.create("Offline open");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("PUT", "queues/" + queue, "{\"contactEmail\":\"support@shop.example\"}");
        admin.api("POST", "queues/" + queue + "/open", null);

        var refused = new Customer().send("POST", "queues/" + queue + "/offline-messages",
                "{\"contact\":\"a@b.example\",\"message\":\"Mail this\"}");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(refused).getString("detail"))
                .isEqualTo("The queue is open now: start a chat instead of leaving a message.");
        assertThat(admin.get("admin/offline-messages.xhtml").body()).as("nothing stored").doesNotContain("Mail this");
        admin.api("POST", "queues/" + queue + "/close", null);
        assertThat(new Customer().send("POST", "queues/" + queue + "/offline-messages",
                "{\"contact\":\"a@b.example\",\"message\":\"Now closed\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void aQueueAddressMustBeAnEmailAddress() {
        var org = TestOrganisation.create("Offline address");
        var admin = org.admin();

        var response = admin.api("PUT", "queues/" + org.emptyQueueId(), "{\"contactEmail\":\"not an address\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(admin.api("GET", "queues/" + org.emptyQueueId(), null)).isNull("contactEmail"))
                .isTrue();
    }
}
