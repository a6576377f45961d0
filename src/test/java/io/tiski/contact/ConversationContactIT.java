package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The customer's phone and e-mail from the widget's start form and the card the desk links to the
 * conversation: bad input starts nothing, another organisation's card or conversation is "not
 * found", and a merge of two cards carries the link to the survivor.
 */
class ConversationContactIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Card links");
        admin = org.admin();
        agent = org.agent();
        admin.api("POST", "queues/" + org.busyQueueId() + "/open", null);
    }

    @Test
    void aBadPhoneOrEmailStartsNothingAndIsExplainedOnItsField() {
        var both = new Customer().start(org.busyQueueId(), "Bad Both", "call me", "anna.example.com");
        assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
        var fields = StaffClient.object(both).getJsonObject("fields");
        assertThat(fields.getString("phone")).isEqualTo("“call me” is not a phone number. Write it with its country code,"
                + " such as +358 40 123 4567.");
        assertThat(fields.getString("email")).isEqualTo("“anna.example.com” is not an e-mail address. Write it as"
                + " name@example.com.");
        var letters = new Customer().start(org.busyQueueId(), "Letters", "12345abc", null);
        assertThat(letters.statusCode()).as(letters.body()).isEqualTo(400);
        assertThat(StaffClient.object(letters).getJsonObject("fields").getString("phone"))
                .isEqualTo("“12345abc” has letters in it. A phone number is written with digits, such as +358 40 123 4567.");
        var phone = new Customer().start(org.busyQueueId(), "Bad Phone", "+358 40 123 4567 ext 12345678901234567890123", null);
        assertThat(StaffClient.object(phone).getJsonObject("fields").keySet()).containsExactly("phone");
        assertThat(waitingNames()).as("nothing started").containsExactly(JsonValue.NULL);

        var good = new Customer().start(org.busyQueueId(), "Good Customer", " 040 123 4567 ", "Good.Customer@Example.com");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(201);
        var waiting = waiting("Good Customer");
        assertThat(waiting.getString("customerPhone")).as("as typed").isEqualTo("040 123 4567");
        assertThat(waiting.getString("customerEmail")).isEqualTo("Good.Customer@Example.com");
        assertThat(waiting.get("contactId")).isEqualTo(JsonValue.NULL);
        assertThat(new Customer().start(org.busyQueueId(), "Nothing Given", "", " ").statusCode())
                .as("blank is not given").isEqualTo(201);
        assertThat(waiting("Nothing Given").get("customerPhone")).isEqualTo(JsonValue.NULL);
    }

    @Test
    void theDeskLinksACardOfItsOwnOrganisationOnly() {
        assertThat(new Customer().start(org.busyQueueId(), "Anna", "040 123 4567", null).statusCode()).isEqualTo(201);
        long conversation = waiting("Anna").getJsonNumber("id").longValue();
        long anna = card(admin, "Anna", "+358401234567");

        var linked = agent.api("PUT", link(conversation), "{\"contactId\":" + anna + "}");
        assertThat(linked.statusCode()).as(linked.body()).isEqualTo(200);
        assertThat(StaffClient.object(linked).getJsonNumber("contactId").longValue()).isEqualTo(anna);
        assertThat(waiting("Anna").getJsonNumber("contactId").longValue()).isEqualTo(anna);

        var other = TestOrganisation.create("Card links other");
        var otherAdmin = other.admin();
        long foreignCard = card(otherAdmin, "Foreign", "+358409999999");
        assertThat(agent.api("PUT", link(conversation), "{\"contactId\":" + foreignCard + "}").statusCode())
                .as("another organisation's card").isEqualTo(404);
        assertThat(otherAdmin.api("PUT", link(conversation), "{\"contactId\":" + foreignCard + "}").statusCode())
                .as("another organisation's conversation").isEqualTo(404);
        assertThat(otherAdmin.api("PUT", link(conversation), "{\"contactId\":null}").statusCode()).isEqualTo(404);
        assertThat(agent.api("PUT", link(conversation), "{\"contactId\":999999999}").statusCode()).isEqualTo(404);
        assertThat(waiting("Anna").getJsonNumber("contactId").longValue()).as("unchanged").isEqualTo(anna);

        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        assertThat(agent.api("POST", "agent/waiting/" + conversation + "/pick", null).statusCode()).isEqualTo(200);
        assertThat(StaffClient.array(agent.api("GET", "agent/conversations", null)).getJsonObject(0)
                .getJsonNumber("contactId").longValue()).as("in the agent's own chats too").isEqualTo(anna);

        var unlinked = agent.api("PUT", link(conversation), "{\"contactId\":null}");
        assertThat(StaffClient.object(unlinked).get("contactId")).isEqualTo(JsonValue.NULL);
        assertThat(StaffClient.array(agent.api("GET", "agent/conversations", null)).getJsonObject(0).get("contactId"))
                .isEqualTo(JsonValue.NULL);
    }

    @Test
    void aMergeMovesTheLinkToTheSurvivingCard() {
        assertThat(new Customer().start(org.busyQueueId(), "Twice", null, "twice@example.com").statusCode()).isEqualTo(201);
        long conversation = waiting("Twice").getJsonNumber("id").longValue();
        long survivor = card(admin, "Twice Kept", "+358401111111");
        long merged = card(admin, "Twice Merged", "+358402222222");
        agent.api("PUT", link(conversation), "{\"contactId\":" + merged + "}");

        var merge = admin.api("POST", "contacts/" + survivor + "/merge", "{\"mergedId\":" + merged + "}");
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);

        assertThat(agent.api("GET", "contacts/" + merged, null).statusCode()).isEqualTo(404);
        assertThat(waiting("Twice").getJsonNumber("contactId").longValue()).isEqualTo(survivor);
    }

    private static String link(long conversation) {
        return "agent/conversations/" + conversation + "/contact";
    }

    private static long card(StaffClient admin, String name, String phone) {
        var created = admin.api("POST", "contacts", Json.createObjectBuilder().add("lastName", name).add("phone1", phone)
                .build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return StaffClient.object(created).getJsonNumber("id").longValue();
    }

    private JsonObject waiting(String name) {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).getValuesAs(JsonObject.class).stream()
                .filter(c -> name.equals(c.getString("customerName", null))).findFirst().orElseThrow();
    }

    private java.util.List<JsonValue> waitingNames() {
        return StaffClient.array(agent.api("GET", "agent/waiting", null)).getValuesAs(JsonObject.class).stream()
                .map(c -> c.get("customerName")).toList();
    }
}
