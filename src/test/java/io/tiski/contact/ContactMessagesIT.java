package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.Mailbox;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Messages to a card's customer (/api/contacts/{id}/messages) by e-mail (to GreenMail) and SMS (kept
 * in Tiski, or posted to an SMS service this test runs), only to the card's own addresses, each one
 * in the card's history whatever became of it; the admins' SMS settings (/api/contacts/sms-settings).
 */
class ContactMessagesIT {

    private static final String ANNA_EMAIL = "Anna.Virtanen@Example.com";
    private static final String ANNA_PHONE = "+358401234567";

    @RegisterExtension
    static final GreenMailExtension SMTP = Mailbox.smtp();

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;
    private long anna;
    private SmsService smsService;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Messages");
        admin = org.admin();
        agent = org.agent();
        anna = create(admin, org, "Anna", ANNA_PHONE, ANNA_EMAIL);
    }

    @AfterEach
    void stopSmsService() {
        if (smsService != null) {
            smsService.stop();
        }
    }

    @Test
    void anEmailReachesTheCustomerAndIsSentInTheHistory() throws Exception {
        admin.api("PUT", "queues/" + org.emptyQueueId(), "{\"contactEmail\":\"sales@shop.example\"}");
        var chat = ActiveChat.open(org, null);
        var agent = chat.agent();

        var response = agent.api("POST", messages(anna), message("EMAIL", "anna.virtanen@EXAMPLE.com",
                "Hello Anna,\n\nyour order ships today. Kiitos & näkemiin!").add("conversationId", chat.conversationId())
                .build().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var sent = StaffClient.object(response);
        assertThat(sent.getString("status")).isEqualTo("SENT");
        assertThat(sent.containsKey("error")).isFalse();
        assertThat(sent.getString("channel")).isEqualTo("EMAIL");
        assertThat(sent.getString("to")).as("the card's own spelling").isEqualTo(ANNA_EMAIL);
        assertThat(sent.getString("subject")).as("default, in the customer's language (fi)")
                .isEqualTo("Viesti lähettäjältä " + org.name());
        assertThat(sent.getString("sentBy")).isEqualTo(org.name() + " Agent");
        assertThat(sent.getString("sentAt")).isNotBlank();
        assertThat(sent.getJsonNumber("conversationId").longValue()).isEqualTo(chat.conversationId());

        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        MimeMessage mail = SMTP.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(ANNA_EMAIL);
        assertThat(mail.getReplyTo()).extracting(Object::toString).containsExactly("sales@shop.example");
        assertThat(mail.getSubject()).isEqualTo("Viesti lähettäjältä " + org.name());
        assertThat(mail.getContentType()).startsWith("text/plain");
        assertThat(((String) mail.getContent()).replace("\r\n", "\n"))
                .isEqualTo("Hello Anna,\n\nyour order ships today. Kiitos & näkemiin!");

        var withSubject = admin.api("POST", messages(anna), message("EMAIL", ANNA_EMAIL, "Your invoice is attached.")
                .add("subject", "Invoice 42").build().toString());
        assertThat(StaffClient.object(withSubject).getString("subject")).isEqualTo("Invoice 42");
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(SMTP.getReceivedMessages()[1].getSubject()).isEqualTo("Invoice 42");
        assertThat(SMTP.getReceivedMessages()[1].getHeader("Reply-To")).as("no conversation, no queue address").isNull();
        assertThat(SMTP.getReceivedMessages()[1].getFrom()).extracting(Object::toString).containsExactly("tiski-test@localhost");

        assertThat(history(agent, anna)).extracting(m -> m.getString("status")).containsExactly("SENT", "SENT");
    }

    @Test
    void aMailTheServerRefusesIsRecordedAsFailedWithTheReason() {
        SMTP.stop();
        HttpResponse<String> response;
        try {
            response = agent.api("POST", messages(anna), message("EMAIL", ANNA_EMAIL, "Are you there?").build().toString());
        } finally {
            SMTP.start();
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var failed = StaffClient.object(response);
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).startsWith("The mail server did not take the message (");
        assertThat(history(agent, anna)).singleElement().satisfies(m -> {
            assertThat(m.getString("status")).isEqualTo("FAILED");
            assertThat(m.getString("error")).isEqualTo(failed.getString("error"));
            assertThat(m.getString("text")).isEqualTo("Are you there?");
        });
    }

    @Test
    void withoutAnSmsServiceAnSmsIsRecordedOnly() {
        var response = agent.api("POST", messages(anna), message("SMS", "040 123 4567", "Your parcel has arrived.")
                .add("subject", "ignored for SMS").build().toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        var recorded = StaffClient.object(response);
        assertThat(recorded.getString("status")).isEqualTo("RECORDED");
        assertThat(recorded.getString("to")).as("E.164, as on the card").isEqualTo(ANNA_PHONE);
        assertThat(recorded.containsKey("subject")).isFalse();
        assertThat(recorded.containsKey("conversationId")).isFalse();
        assertThat(history(agent, anna)).extracting(m -> m.getString("status")).containsExactly("RECORDED");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void anSmsIsPostedToTheSmsServiceFilledInAndEscaped() throws Exception {
        smsService = SmsService.start();
        String text = "He said \"hi\" & left\\ at 5 %\nÄiti 👋 \u2028end";
        var json = admin.api("PUT", "contacts/sms-settings", settings("HTTP", smsService.url(), "tiski", "s3cret:pw",
                "application/json", "{\"to\":\"{to}\",\"text\":\"{text}\",\"from\":\"Acme\"}"));
        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(StaffClient.object(json).getBoolean("passwordSet")).isTrue();
        assertThat(StaffClient.object(json).containsKey("password")).isFalse();

        var sent = StaffClient.object(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, text).build().toString()));

        assertThat(sent.getString("status")).isEqualTo("SENT");
        var posted = smsService.requests().get(0);
        assertThat(posted.contentType()).isEqualTo("application/json");
        assertThat(posted.authorization()).isEqualTo(basic("tiski", "s3cret:pw"));
        var body = Json.createReader(new StringReader(posted.body())).readObject();
        assertThat(body.getString("to")).isEqualTo(ANNA_PHONE);
        assertThat(body.getString("text")).isEqualTo(text);
        assertThat(body.getString("from")).isEqualTo("Acme");

        var form = admin.api("PUT", "contacts/sms-settings", settings("HTTP", smsService.url(), "tiski", null,
                "application/x-www-form-urlencoded", "to={to}&message={text}"));
        assertThat(StaffClient.object(form).getBoolean("passwordSet")).as("kept when left out").isTrue();
        assertThat(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, text).build().toString()).statusCode())
                .isEqualTo(201);
        var formPosted = smsService.requests().get(1);
        assertThat(formPosted.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(formPosted.authorization()).isEqualTo(basic("tiski", "s3cret:pw"));
        assertThat(formFields(formPosted.body())).containsExactly(Map.entry("to", ANNA_PHONE), Map.entry("message", text));

        smsService.status().set(500);
        var failed = StaffClient.object(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Third").build().toString()));
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isEqualTo("The SMS service answered with HTTP status 500.");
        assertThat(history(agent, anna)).extracting(m -> m.getString("status")).containsExactly("FAILED", "SENT", "SENT");

        var elsewhere = admin.api("PUT", "contacts/sms-settings", settings("HTTP", "https://collector.example/sms", "tiski",
                null, "application/json", "{\"to\":\"{to}\",\"text\":\"{text}\"}"));
        assertField(elsewhere, "password", "Type the password again: the address of the SMS service changed, and the"
                + " stored password is only sent to the address it was given for.");

        var noPassword = StaffClient.object(admin.api("PUT", "contacts/sms-settings", settings("HTTP", smsService.url(), null,
                "", "application/json", "{\"to\":\"{to}\",\"text\":\"{text}\"}")));
        assertThat(noPassword.getBoolean("passwordSet")).as("empty removes it").isFalse();
        smsService.status().set(202);
        agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Fourth").build().toString());
        assertThat(smsService.requests().get(3).authorization()).as("no username, no authentication").isNull();

        smsService.stop();
        smsService = null;
        var unreachable = StaffClient.object(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Fifth").build().toString()));
        assertThat(unreachable.getString("status")).isEqualTo("FAILED");
        assertThat(unreachable.getString("error")).as("the network's own words stay in the server's log")
                .isEqualTo("The SMS service could not be reached.");
    }

    @Test
    void aServiceAtAReservedAddressIsRefusedWhenSavedAndNothingIsStored() {
        // The test server allows its own networks (TISKI_SMS_PRIVATE_NETWORKS): these stay refused.
        String template = "{\"to\":\"{to}\",\"text\":\"{text}\"}";
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", "http://198.18.0.10/sms", "acme", "pw",
                "application/json", template)), "url", "“http://198.18.0.10/sms” is an address reserved for special use"
                + " (documentation, testing, carrier networks, multicast and the like), where no SMS service can be.");
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", "https://100.64.0.1:8443/sms", "acme", "pw",
                "application/json", template)), "url", null);
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", "http://[2001:db8::5]/sms", null, null,
                "application/json", template)), "url", null);

        var read = StaffClient.object(admin.api("GET", "contacts/sms-settings", null));
        assertThat(read.getString("gateway")).isEqualTo("RECORDING");
        assertThat(read.containsKey("url")).as(read.toString()).isFalse();
        assertThat(org.storedSmsPassword()).as("nothing stored").isNull();
    }

    @Test
    void thePasswordIsStoredSealedAndOneStoredInPlainTextBeforeIsSealedWhenUsed() throws Exception {
        smsService = SmsService.start();
        String template = "{\"to\":\"{to}\",\"text\":\"{text}\"}";
        var saved = admin.api("PUT", "contacts/sms-settings", settings("HTTP", smsService.url(), "tiski", "s3cret:pw",
                "application/json", template));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain("s3cret");
        assertThat(admin.api("GET", "contacts/sms-settings", null).body()).doesNotContain("s3cret");
        assertThat(admin.get("admin/messaging.xhtml").body()).doesNotContain("s3cret");
        assertThat(org.storedSmsPassword()).startsWith("v1:").doesNotContain("s3cret");

        assertThat(StaffClient.object(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "First").build().toString()))
                .getString("status")).isEqualTo("SENT");
        assertThat(smsService.requests().get(0).authorization()).isEqualTo(basic("tiski", "s3cret:pw"));

        org.storeSmsPasswordAsIs("older-plain-pw");
        assertThat(StaffClient.object(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Second").build().toString()))
                .getString("status")).isEqualTo("SENT");
        assertThat(smsService.requests().get(1).authorization()).as("a plain one still works")
                .isEqualTo(basic("tiski", "older-plain-pw"));
        assertThat(org.storedSmsPassword()).as("and is sealed once read").startsWith("v1:").doesNotContain("older-plain-pw");

        // Sealed under another key (a server with a key of its own): refused with words, not sent without it.
        org.storeSmsPasswordAsIs("v1:" + Base64.getEncoder().encodeToString(new byte[40]));
        var failed = StaffClient.object(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Third").build().toString()));
        assertThat(failed.getString("status")).isEqualTo("FAILED");
        assertThat(failed.getString("error")).isEqualTo("The stored password of the SMS service cannot be read on this"
                + " server. An admin must type it again.");
        assertThat(smsService.requests()).hasSize(2);
    }

    @Test
    void onlyTheCardsOwnAddressesAndGoodTextsAreAcceptedAndNothingElseIsRecorded() {
        assertField(agent.api("POST", messages(anna), message("EMAIL", "someone@else.example", "Hi").build().toString()),
                "to", "Messages go only to an e-mail address or a phone number on this contact card. Choose one of them.");
        assertField(agent.api("POST", messages(anna), message("SMS", "+358 50 000 0000", "Hi").build().toString()), "to", null);
        assertField(agent.api("POST", messages(anna), message("SMS", ANNA_EMAIL, "Hi").build().toString()), "to", null);
        assertField(agent.api("POST", messages(anna), message("EMAIL", ANNA_PHONE, "Hi").build().toString()), "to", null);
        assertField(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, " \n ").build().toString()),
                "text", "Write the message first.");
        assertField(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "x".repeat(1601)).build().toString()),
                "text", "This message can have at most 1,600 characters.");
        assertField(agent.api("POST", messages(anna), message("EMAIL", ANNA_EMAIL, "x".repeat(10_001)).build().toString()),
                "text", "This message can have at most 10,000 characters.");
        assertField(agent.api("POST", messages(anna), message("EMAIL", ANNA_EMAIL, "Hi").add("subject", "s".repeat(201))
                .build().toString()), "subject", "The subject can have at most 200 characters.");
        assertField(agent.api("POST", messages(anna), message("FAX", ANNA_PHONE, "Hi").build().toString()),
                "channel", "Choose e-mail or SMS.");
        assertField(agent.api("POST", messages(anna), "{}"), "channel", null);

        assertThat(history(agent, anna)).as("nothing recorded").isEmpty();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        var ok = agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "x".repeat(1600)).build().toString());
        assertThat(ok.statusCode()).as("the limit itself is fine").isEqualTo(201);
    }

    @Test
    void anotherOrganisationsCardsAndConversationsAreNotFound() {
        var other = TestOrganisation.create("Other messages");
        var otherAdmin = other.admin();
        long theirs = create(otherAdmin, other, "Their", "+358 40 999 8888", "their@example.com");
        long theirConversation = ActiveChat.open(other, null).conversationId();

        assertThat(agent.api("POST", messages(theirs), message("SMS", "+358 40 999 8888", "Hi").build().toString())
                .statusCode()).isEqualTo(404);
        assertThat(agent.api("GET", messages(theirs), null).statusCode()).isEqualTo(404);
        assertThat(agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Hi")
                .add("conversationId", theirConversation).build().toString()).statusCode()).isEqualTo(404);
        assertThat(otherAdmin.api("POST", messages(anna), message("SMS", ANNA_PHONE, "Hi").build().toString())
                .statusCode()).isEqualTo(404);
        assertThat(otherAdmin.api("GET", messages(anna), null).statusCode()).isEqualTo(404);
        assertThat(agent.api("POST", messages(Long.MAX_VALUE), message("SMS", ANNA_PHONE, "Hi").build().toString())
                .statusCode()).isEqualTo(404);

        assertThat(history(agent, anna)).isEmpty();
        assertThat(history(otherAdmin, theirs)).isEmpty();
    }

    @Test
    void theHistoryIsNewestFirstAndPaged() {
        var supervisor = StaffClient.loggedIn(org.addStaff("supervisor", io.tiski.organisation.entity.Role.SUPERVISOR),
                TestOrganisation.PASSWORD);
        for (var who : List.of(agent, supervisor, admin)) {
            var response = who.api("POST", messages(anna), message("SMS", ANNA_PHONE, "From " + who.hashCode()).build().toString());
            assertThat(response.statusCode()).as("any staff sends").isEqualTo(201);
        }
        var all = history(agent, anna);
        assertThat(all).extracting(m -> m.getString("text"))
                .containsExactly("From " + admin.hashCode(), "From " + supervisor.hashCode(), "From " + agent.hashCode());
        var older = agent.api("GET", messages(anna) + "?offset=1", null);
        assertThat(StaffClient.array(older).getValuesAs(JsonObject.class)).extracting(m -> m.getString("text"))
                .containsExactly("From " + supervisor.hashCode(), "From " + agent.hashCode());
    }

    @Test
    void smsSettingsAreForAdminsOnlyAndChecked() {
        var defaults = StaffClient.object(admin.api("GET", "contacts/sms-settings", null));
        assertThat(defaults.getString("gateway")).isEqualTo("RECORDING");
        assertThat(defaults.getBoolean("passwordSet")).isFalse();
        assertThat(defaults.getString("contentType")).isEqualTo("application/json");
        assertThat(agent.api("GET", "contacts/sms-settings", null).statusCode()).isEqualTo(403);
        assertThat(agent.api("PUT", "contacts/sms-settings", settings("RECORDING", null, null, null, null, null))
                .statusCode()).isEqualTo(403);
        assertThat(agent.get("admin/messaging.xhtml").statusCode()).isEqualTo(403);
        assertThat(admin.get("admin/messaging.xhtml").statusCode()).isEqualTo(200);

        String template = "{\"to\":\"{to}\",\"text\":\"{text}\"}";
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", "ftp://sms.example/send", null, null,
                "application/json", template)), "url", "“ftp://sms.example/send” is not a web address starting with http:// or https://.");
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", null, null, null, "application/json", template)),
                "url", "Give the address of the SMS service.");
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", "https://sms.example/send", null, null,
                "application/json", "{\"to\":\"{to}\"}")), "bodyTemplate", "Write a body template that has both {to} and {text} in it.");
        assertField(admin.api("PUT", "contacts/sms-settings", settings("HTTP", "https://sms.example/send", null, null,
                "text/xml", template)), "contentType", null);
        assertField(admin.api("PUT", "contacts/sms-settings", settings("CARRIER_PIGEON", null, null, null, null, null)),
                "gateway", "Choose how SMS are sent.");
        assertThat(StaffClient.object(admin.api("GET", "contacts/sms-settings", null)).getString("gateway"))
                .as("nothing changed").isEqualTo("RECORDING");

        var saved = admin.api("PUT", "contacts/sms-settings", settings("HTTP", "https://sms.example/send", "acme", "pw",
                "application/x-www-form-urlencoded", "to={to}&text={text}"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        var read = admin.api("GET", "contacts/sms-settings", null);
        assertThat(read.body()).doesNotContain("\"pw\"");
        var s = StaffClient.object(read);
        assertThat(s.getString("gateway")).isEqualTo("HTTP");
        assertThat(s.getString("url")).isEqualTo("https://sms.example/send");
        assertThat(s.getString("username")).isEqualTo("acme");
        assertThat(s.getBoolean("passwordSet")).isTrue();
        assertThat(s.getString("contentType")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(s.getString("bodyTemplate")).isEqualTo("to={to}&text={text}");
        assertThat(StaffClient.object(other().admin().api("GET", "contacts/sms-settings", null)).getString("gateway"))
                .as("another organisation's own").isEqualTo("RECORDING");
    }

    @Test
    void mergingMovesTheHistoryAndErasingDeletesIt() {
        long duplicate = create(admin, org, "Anna V.", "+358 50 111 2222", null);
        agent.api("POST", messages(duplicate), message("SMS", "050 111 2222", "To the duplicate").build().toString());
        agent.api("POST", messages(anna), message("SMS", ANNA_PHONE, "To the survivor").build().toString());

        var merged = admin.api("POST", "contacts/" + anna + "/merge", "{\"mergedId\":" + duplicate + "}");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        assertThat(history(agent, anna)).extracting(m -> m.getString("text"))
                .containsExactly("To the survivor", "To the duplicate");
        assertThat(agent.api("GET", messages(duplicate), null).statusCode()).isEqualTo(404);

        var erased = admin.api("DELETE", "contacts/" + anna, null);
        assertThat(erased.statusCode()).as("no foreign key holds the card: " + erased.body()).isEqualTo(204);
        assertThat(agent.api("GET", messages(anna), null).statusCode()).isEqualTo(404);
    }

    private static TestOrganisation other() {
        return TestOrganisation.create("Other sms");
    }

    private static long create(StaffClient who, TestOrganisation org, String first, String phone, String email) {
        var card = Json.createObjectBuilder().add("firstName", first).add("lastName", "Virtanen");
        if (phone != null) {
            card.add("phone1", phone);
        }
        if (email != null) {
            card.add("email1", email);
        }
        var response = who.api("POST", "contacts", card.build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response).getJsonNumber("id").longValue();
    }

    private static String messages(long contactId) {
        return "contacts/" + contactId + "/messages";
    }

    private static JsonObjectBuilder message(String channel, String to, String text) {
        return Json.createObjectBuilder().add("channel", channel).add("to", to).add("text", text);
    }

    private static String settings(String gateway, String url, String username, String password, String contentType,
                                   String template) {
        var json = Json.createObjectBuilder().add("gateway", gateway);
        if (url != null) {
            json.add("url", url);
        }
        if (username != null) {
            json.add("username", username);
        }
        if (password != null) {
            json.add("password", password);
        }
        if (contentType != null) {
            json.add("contentType", contentType);
        }
        if (template != null) {
            json.add("bodyTemplate", template);
        }
        return json.build().toString();
    }

    private static List<JsonObject> history(StaffClient who, long contactId) {
        var response = who.api("GET", messages(contactId), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StaffClient.array(response).getValuesAs(JsonObject.class);
    }

    private static void assertField(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        var fields = StaffClient.object(response).getJsonObject("fields");
        assertThat(fields.containsKey(field)).as(response.body()).isTrue();
        if (message != null) {
            assertThat(fields.getString(field)).isEqualTo(message);
        }
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> formFields(String body) {
        var fields = new LinkedHashMap<String, String>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }
}
