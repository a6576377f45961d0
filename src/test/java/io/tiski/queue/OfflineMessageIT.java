package io.tiski.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.Deployments;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import jakarta.mail.internet.InternetAddress;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A closed queue takes messages: stored, then e-mailed to the queue's address (GreenMail here). */
@ExtendWith(ArquillianExtension.class)
class OfflineMessageIT {

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("tiski.smtp.port", 3025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tiski();
    }

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
    void aQueueAddressMustBeAnEmailAddress() {
        var org = TestOrganisation.create("Offline address");
        var admin = org.admin();

        var response = admin.api("PUT", "queues/" + org.emptyQueueId(), "{\"contactEmail\":\"not an address\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(admin.api("GET", "queues/" + org.emptyQueueId(), null)).isNull("contactEmail"))
                .isTrue();
    }
}
