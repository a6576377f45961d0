package io.tiski.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.Mailbox;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer's transcript by e-mail: their messages and the agents' replies, never private notes. */
class TranscriptIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtp();

    @Test
    void theTranscriptHoldsTheChatButNoPrivateNotes() throws Exception {
        var org = TestOrganisation.create("Transcript");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var agent = org.agent();
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        var customer = new Customer();
        customer.start(queue, "Tuula");
        long id = StaffClient.array(agent.api("GET", "agent/waiting", null)).stream().map(c -> c.asJsonObject())
                .filter(c -> c.getJsonNumber("queueId").longValue() == queue).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        agent.api("POST", "agent/waiting/" + id + "/pick", null);
        try (var desk = LiveLine.agent(agent); var widget = LiveLine.customer()) {
            widget.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token()).add("afterSeq", 0).build().toString());
            widget.send(frame(null, "My order 42 is late", false));
            widget.next(m -> m.getString("type").equals("ack"), WAIT);
            desk.send(frame(id, "Grumpy one, be careful", true));
            desk.next(m -> m.getString("type").equals("ack"), WAIT);
            desk.send(frame(id, "It ships today", false));
            desk.next(m -> m.getString("type").equals("ack"), WAIT);
        }
        var tooEarly = customer.send("POST", "conversation/transcript", "{\"email\":\"tuula@customer.example\"}");
        assertThat(tooEarly.statusCode()).as("not while the chat goes on").isEqualTo(409);
        agent.api("POST", "agent/conversations/" + id + "/end", null);

        var bad = customer.send("POST", "conversation/transcript", "{\"email\":\"not an address\"}");
        var sent = customer.send("POST", "conversation/transcript", "{\"email\":\"tuula@customer.example\"}");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(bad).getString("detail")).isEqualTo("Give the e-mail address to send the transcript to.");
        assertThat(sent.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(20)).until(() -> SMTP.getReceivedMessages().length == 1);
        var mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("tuula@customer.example");
        String body = (String) mail.getContent();
        assertThat(body).contains("Sinä: My order 42 is late", org.name() + " Agent: It ships today",
                org.name() + " Agent liittyi keskusteluun.").doesNotContain("Grumpy");

        var elsewhere = customer.send("POST", "conversation/transcript", "{\"email\":\"victim@elsewhere.example\"}");
        assertThat(elsewhere.statusCode()).as("only to the address given first").isEqualTo(400);
        assertThat(StaffClient.object(elsewhere).getJsonObject("fields").getString("email"))
                .isEqualTo("The transcript of this chat can only go to the e-mail address you gave us first.");
        customer.send("POST", "conversation/transcript", "{\"email\":\"Tuula@Customer.example\"}");
        customer.send("POST", "conversation/transcript", "{\"email\":\"tuula@customer.example\"}");
        var tooMany = customer.send("POST", "conversation/transcript", "{\"email\":\"tuula@customer.example\"}");
        assertThat(tooMany.statusCode()).isEqualTo(409);
        var forged = new Customer();
        forged.useToken(UUID.randomUUID().toString().replace("-", "") + "abcdefghijk");
        assertThat(forged.send("POST", "conversation/transcript", "{\"email\":\"x@y.example\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void noTranscriptOfAChatNobodyServedNorToAnotherAddressThanTheCustomerGave() {
        var org = TestOrganisation.create("Transcript relay");
        long queue = org.emptyQueueId();
        org.admin().api("POST", "queues/" + queue + "/open", null);
        var abandoned = new Customer();
        abandoned.start(queue, "Bot");
        abandoned.send("DELETE", "conversation", null);

        var unserved = abandoned.send("POST", "conversation/transcript", "{\"email\":\"victim@elsewhere.example\"}");

        assertThat(unserved.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(unserved).getString("detail"))
                .isEqualTo("A transcript can be sent once an agent has answered you and the chat has ended.");

        var chat = ActiveChat.open(org, null);
        chat.agent().api("POST", "agent/conversations/" + chat.conversationId() + "/end", null);
        var script = chat.customer();
        int accepted = 0;
        int limited = 0;
        for (int i = 0; i < 8; i++) {
            var other = new Customer().from(script.address());
            var started = ActiveChat.open(org, null);
            started.agent().api("POST", "agent/conversations/" + started.conversationId() + "/end", null);
            other.useToken(started.customer().token());
            int status = other.send("POST", "conversation/transcript",
                    "{\"email\":\"relay-" + i + "@customer.example\"}").statusCode();
            accepted += status == 202 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        assertThat(accepted).as("five transcripts an address, then one every three minutes").isEqualTo(5);
        assertThat(limited).isEqualTo(3);
        // All mailed before the next test's mail server starts.
        await().atMost(Duration.ofSeconds(30)).until(() -> relayMails() == 5);
    }

    @Test
    void aTranscriptTheMailServerRefusedIsMailedOnceItIsBack() throws Exception {
        var chat = ActiveChat.open(TestOrganisation.create("Transcript retry"), null);
        // Its own address: other tests' transcripts that met a stopped mail server are retried too.
        String riku = "riku-" + chat.conversationId() + "@customer.example";
        chat.agent().api("POST", "agent/conversations/" + chat.conversationId() + "/end", null);
        SMTP.stop();
        try {
            var asked = chat.customer().send("POST", "conversation/transcript", "{\"email\":\"" + riku + "\"}");
            assertThat(asked.statusCode()).isEqualTo(202);
            // The first try happens at once, after the commit, and finds no mail server.
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> TestOrganisation.transcriptAttempts(chat.conversationId()) >= 1);
        } finally {
            SMTP.start();
        }
        assertThat(mailsTo(riku)).as("nothing arrived while the server was away").isZero();

        TestOrganisation.sweep();

        await().atMost(Duration.ofSeconds(20)).until(() -> mailsTo(riku) == 1);
        TestOrganisation.sweep();
        // Mailed once, not again by the next retry: still one mail a second later.
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> mailsTo(riku) == 1);
    }

    private static long relayMails() throws jakarta.mail.MessagingException {
        return mails(recipient -> recipient.startsWith("relay-"));
    }

    private static long mailsTo(String address) throws jakarta.mail.MessagingException {
        return mails(address::equals);
    }

    /** The mails received with one recipient, who passes the test. */
    private static long mails(java.util.function.Predicate<String> recipient) throws jakarta.mail.MessagingException {
        long count = 0;
        for (var mail : SMTP.getReceivedMessages()) {
            var recipients = mail.getAllRecipients();
            if (recipients != null && recipients.length == 1 && recipient.test(recipients[0].toString())) {
                count++;
            }
        }
        return count;
    }

    private static String frame(Long conversationId, String body, boolean staffOnly) {
        var frame = Json.createObjectBuilder().add("type", "send").add("clientId", UUID.randomUUID().toString())
                .add("body", body);
        if (conversationId != null) {
            frame.add("conversationId", conversationId).add("private", staffOnly);
        }
        return frame.build().toString();
    }
}
