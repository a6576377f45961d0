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
 * found", a card found under another name than the customer gave is a possible match until linked,
 * an unlink is recorded and changes nothing on the card, and a merge of two cards carries the link
 * (and an unlink) to the survivor.
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
    void aCardUnderAnotherNameIsAPossibleMatchUntilConfirmedAndAnUnlinkChangesNoCard() {
        long anna = create(admin, Json.createObjectBuilder().add("firstName", "Anna").add("lastName", "Virtanen")
                .add("phone1", "+358401234567").add("email1", "anna@example.com"));
        assertThat(new Customer().start(org.busyQueueId(), "Maria Virtanen", "040 123 4567", null).statusCode())
                .isEqualTo(201);
        assertThat(new Customer().start(org.busyQueueId(), "Anna V", null, "ANNA@example.com").statusCode())
                .isEqualTo(201);
        long maria = waiting("Maria Virtanen").getJsonNumber("id").longValue();
        long annaV = waiting("Anna V").getJsonNumber("id").longValue();

        var possible = found(agent, maria);
        assertThat(possible.get("contactId")).as("nothing linked by looking").isEqualTo(JsonValue.NULL);
        assertThat(possible.containsKey("contact")).as("no card on show").isFalse();
        assertThat(possible.getJsonArray("matches")).singleElement().satisfies(match -> {
            assertThat(match.asJsonObject().getJsonObject("contact").getJsonNumber("id").longValue()).isEqualTo(anna);
            assertThat(match.asJsonObject().getBoolean("sameName")).as("another person's name").isFalse();
        });
        assertThat(found(agent, annaV).getJsonArray("matches").getJsonObject(0).getBoolean("sameName"))
                .as("her first name and initial, by e-mail").isTrue();

        // Confirmed by the agent who took the chat: linked for good, and the card is what is answered.
        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        assertThat(agent.api("POST", "agent/waiting/" + maria + "/pick", null).statusCode()).isEqualTo(200);
        var cardBefore = StaffClient.object(agent.api("GET", "contacts/" + anna, null));
        var confirmed = agent.api("PUT", link(maria), "{\"contactId\":" + anna + "}");
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        var linked = found(admin, maria);
        assertThat(linked.getJsonNumber("contactId").longValue()).as("seen by the organisation's staff").isEqualTo(anna);
        assertThat(linked.getJsonObject("contact").getString("firstName")).isEqualTo("Anna");
        assertThat(linked.getJsonArray("matches")).isEmpty();

        // Unlinked by a colleague who is not in the chat: recorded, the card untouched, and not found again.
        int auditBefore = StaffClient.array(admin.api("GET", "audit", null)).size();
        var unlinked = admin.api("PUT", link(maria), "{\"contactId\":null}");
        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(200);
        assertThat(StaffClient.object(unlinked).get("contactId")).isEqualTo(JsonValue.NULL);
        assertThat(StaffClient.object(agent.api("GET", "contacts/" + anna, null))).as("the card as it was")
                .isEqualTo(cardBefore);
        var after = found(agent, maria);
        assertThat(after.get("contactId")).isEqualTo(JsonValue.NULL);
        assertThat(after.getJsonArray("matches")).as("the unlinked card is not offered for this chat again").isEmpty();
        assertThat(found(agent, annaV).getJsonArray("matches")).as("still for another chat").hasSize(1);
        var audit = StaffClient.array(admin.api("GET", "audit", null));
        assertThat(audit).hasSize(auditBefore + 1);
        assertThat(audit.getJsonObject(0).getString("action")).isEqualTo("CONTACT_UNLINKED");
        assertThat(audit.getJsonObject(0).getJsonNumber("subjectId").longValue()).isEqualTo(anna);
        assertThat(audit.getJsonObject(0).getJsonNumber("actorId").longValue()).isEqualTo(org.adminId());
        assertThat(admin.api("PUT", link(maria), "{\"contactId\":null}").statusCode()).as("nothing linked").isEqualTo(200);
        assertThat(StaffClient.array(admin.api("GET", "audit", null))).as("nothing more recorded").hasSize(auditBefore + 1);

        // The agent may link it again by choice (from a search), and unlink it again.
        assertThat(agent.api("PUT", link(maria), "{\"contactId\":" + anna + "}").statusCode()).isEqualTo(200);
        assertThat(agent.api("PUT", link(maria), "{\"contactId\":null}").statusCode()).isEqualTo(200);
        assertThat(StaffClient.array(admin.api("GET", "audit", null)).getJsonObject(0).getJsonNumber("actorId")
                .longValue()).isEqualTo(org.agentId());
    }

    @Test
    void aPossibleMatchRejectedIsNotOfferedForThatChatAgain() {
        long anna = create(admin, Json.createObjectBuilder().add("firstName", "Anna").add("lastName", "Virtanen")
                .add("phone1", "+358401234567"));
        assertThat(new Customer().start(org.busyQueueId(), "Maria Virtanen", "040 123 4567", null).statusCode())
                .isEqualTo(201);
        assertThat(new Customer().start(org.busyQueueId(), "Mia Virtanen", "040 123 4567", null).statusCode())
                .isEqualTo(201);
        long maria = waiting("Maria Virtanen").getJsonNumber("id").longValue();
        long mia = waiting("Mia Virtanen").getJsonNumber("id").longValue();
        var cardBefore = StaffClient.object(agent.api("GET", "contacts/" + anna, null));
        int auditBefore = StaffClient.array(admin.api("GET", "audit", null)).size();

        var stranger = TestOrganisation.create("Card rejections stranger").admin();
        for (var answer : java.util.List.of(stranger.api("POST", link(maria) + "/rejected", "{\"contactId\":" + anna + "}"),
                agent.api("POST", link(maria) + "/rejected", "{\"contactId\":-1}"),
                agent.api("POST", link(maria) + "/rejected", "{}"))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(StaffClient.object(answer).getString("detail")).isIn("There is no such conversation.",
                    "There is no such contact.");
        }
        assertThat(found(agent, maria).getJsonArray("matches")).as("nothing recorded by those").hasSize(1);

        var rejected = agent.api("POST", link(maria) + "/rejected", "{\"contactId\":" + anna + "}");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(StaffClient.object(rejected).getJsonArray("matches")).as("answers what is offered now").isEmpty();
        assertThat(found(admin, maria).getJsonArray("matches")).as("kept on the server, for every desk").isEmpty();
        assertThat(found(admin, maria).get("contactId")).isEqualTo(JsonValue.NULL);
        assertThat(agent.api("POST", link(maria) + "/rejected", "{\"contactId\":" + anna + "}").statusCode())
                .as("said twice").isEqualTo(200);
        assertThat(found(agent, mia).getJsonArray("matches")).as("still offered for another chat").hasSize(1);
        assertThat(StaffClient.object(agent.api("GET", "contacts/" + anna, null))).as("the card as it was")
                .isEqualTo(cardBefore);
        assertThat(StaffClient.array(admin.api("GET", "audit", null))).as("nothing was linked, so no unlink")
                .hasSize(auditBefore);
    }

    @Test
    void anotherOrganisationIsNotFoundAndBadIdsAreExplained() {
        long anna = create(admin, Json.createObjectBuilder().add("firstName", "Anna").add("lastName", "Virtanen")
                .add("phone1", "+358401234567"));
        assertThat(new Customer().start(org.busyQueueId(), "Maria", "040 123 4567", null).statusCode()).isEqualTo(201);
        long maria = waiting("Maria").getJsonNumber("id").longValue();
        var other = TestOrganisation.create("Card links stranger").admin();

        for (var answer : java.util.List.of(other.api("GET", link(maria), null),
                other.api("PUT", link(maria), "{\"contactId\":" + anna + "}"),
                other.api("PUT", link(maria), "{\"contactId\":null}"),
                agent.api("GET", link(999999999), null),
                agent.api("PUT", link(999999999), "{\"contactId\":" + anna + "}"))) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(404);
            assertThat(StaffClient.object(answer).getString("detail")).isEqualTo("There is no such conversation.");
        }
        var noCard = agent.api("PUT", link(maria), "{\"contactId\":-1}");
        assertThat(noCard.statusCode()).isEqualTo(404);
        assertThat(StaffClient.object(noCard).getString("detail")).isEqualTo("There is no such contact.");
        var word = agent.api("PUT", link(maria), "{\"contactId\":\"anna\"}");
        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(word).getString("detail")).isNotBlank().doesNotContain("Exception", "yasson");
        assertThat(agent.api("GET", "agent/conversations/anna/contact", null).statusCode()).isEqualTo(404);
        var anonymous = new StaffClient().api("GET", link(maria), null);
        assertThat(anonymous.statusCode()).as("a customer is no staff: sent to the login").isEqualTo(302);
        assertThat(found(agent, maria).get("contactId")).as("nothing changed").isEqualTo(JsonValue.NULL);
        assertThat(found(agent, maria).getJsonArray("matches")).hasSize(1);
    }

    @Test
    void aMergeMovesTheLinkToTheSurvivingCard() {
        assertThat(new Customer().start(org.busyQueueId(), "Twice", null, "twice@example.com").statusCode()).isEqualTo(201);
        long conversation = waiting("Twice").getJsonNumber("id").longValue();
        long survivor = card(admin, "Twice Kept", "+358401111111");
        long merged = card(admin, "Twice Merged", "+358402222222");
        agent.api("PUT", link(conversation), "{\"contactId\":" + merged + "}");
        // Another chat had the merged card unlinked: the survivor, which takes its phone, stays unlinked there.
        assertThat(new Customer().start(org.busyQueueId(), "Thrice", "040 222 2222", null).statusCode()).isEqualTo(201);
        long unlinkedThere = waiting("Thrice").getJsonNumber("id").longValue();
        agent.api("PUT", link(unlinkedThere), "{\"contactId\":" + merged + "}");
        agent.api("PUT", link(unlinkedThere), "{\"contactId\":null}");

        var merge = admin.api("POST", "contacts/" + survivor + "/merge", "{\"mergedId\":" + merged + "}");
        assertThat(merge.statusCode()).as(merge.body()).isEqualTo(200);

        assertThat(agent.api("GET", "contacts/" + merged, null).statusCode()).isEqualTo(404);
        assertThat(waiting("Twice").getJsonNumber("contactId").longValue()).isEqualTo(survivor);
        assertThat(StaffClient.object(agent.api("GET", "contacts/" + survivor, null)).getString("phone2"))
                .isEqualTo("+358402222222");
        assertThat(found(agent, unlinkedThere).getJsonArray("matches")).isEmpty();
    }

    private static String link(long conversation) {
        return "agent/conversations/" + conversation + "/contact";
    }

    private static JsonObject found(StaffClient staff, long conversation) {
        var answer = staff.api("GET", link(conversation), null);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return StaffClient.object(answer);
    }

    private static long create(StaffClient admin, jakarta.json.JsonObjectBuilder card) {
        var created = admin.api("POST", "contacts", card.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return StaffClient.object(created).getJsonNumber("id").longValue();
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
