package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.organisation.entity.Role;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Contact cards through the API (/api/contacts): keeping cards with validation and optimistic
 * locking, lookup by phone and e-mail in any spelling, who may edit, notes and their authors, and
 * what other organisations see.
 */
class ContactsIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Contacts");
        admin = org.admin();
        agent = org.agent();
    }

    @Test
    void adminKeepsACardAndAStaleSaveIsRefused() {
        var created = admin.api("POST", "contacts", card("Anna", "Virtanen", "+358 40 123 4567", "Anna.Virtanen@Example.com")
                .add("workingTitle", "Buyer").add("organisation", "Acme Oy").add("department", "Purchasing")
                .add("streetName", "Mannerheimintie").add("streetNumber", "1 A").add("zipCode", "00100")
                .add("zipLocation", "Helsinki").add("email1Label", "work").add("phone1Label", "mobile").build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        var card = StaffClient.object(created);
        long id = card.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/api/contacts/" + id));
        assertThat(card.getString("phone1")).as("stored in E.164").isEqualTo("+358401234567");
        assertThat(card.getString("email1")).as("stored as typed").isEqualTo("Anna.Virtanen@Example.com");
        assertThat(card.getBoolean("verified")).isFalse();

        var read = StaffClient.object(agent.api("GET", "contacts/" + id, null));
        assertThat(read.getString("zipLocation")).isEqualTo("Helsinki");
        long version = read.getJsonNumber("version").longValue();

        var first = admin.api("PUT", "contacts/" + id, Json.createObjectBuilder(read).add("department", "Sales").build().toString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(StaffClient.object(first).getJsonNumber("version").longValue()).isGreaterThan(version);

        var stale = admin.api("PUT", "contacts/" + id, Json.createObjectBuilder(read).add("department", "Legal").build().toString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(stale).getString("detail"))
                .isEqualTo("Someone else changed this contact after you opened it. Reload it and make your change again.");
        var noVersion = admin.api("PUT", "contacts/" + id, card("Anna", "Virtanen", null, null).build().toString());
        assertThat(noVersion.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(agent.api("GET", "contacts/" + id, null)).getString("department")).isEqualTo("Sales");

        assertThat(ids(agent.api("GET", "contacts?search=VIRT", null))).containsExactly(id);
        assertThat(ids(agent.api("GET", "contacts?search=" + encode("040 123 4567"), null))).containsExactly(id);
        assertThat(ids(agent.api("GET", "contacts?search=acme", null))).containsExactly(id);
        assertThat(ids(agent.api("GET", "contacts?search=nobody", null))).isEmpty();
    }

    @Test
    void badInputIsExplainedFieldByFieldAndStoresNothing() {
        assertField(admin.api("POST", "contacts", card(" ", null, null, null).add("organisation", "Acme").build().toString()),
                "lastName", "Give the contact a first name or a last name.");
        assertField(admin.api("POST", "contacts", card("Anna", null, null, "anna.example.com").build().toString()),
                "email1", "“anna.example.com” is not an e-mail address. Write it as name@example.com.");
        assertField(admin.api("POST", "contacts", card("Anna", null, null, null).add("phone2", "call me").build().toString()),
                "phone2", "“call me” is not a phone number. Write it with its country code, such as +358 40 123 4567,"
                        + " or as a number of the organisation’s default country.");
        assertField(admin.api("POST", "contacts", card("Anna", null, "12345abc", null).build().toString()),
                "phone1", "“12345abc” has letters in it. A phone number is written with digits, such as +358 40 123 4567.");
        assertField(admin.api("POST", "contacts", card("Anna", null, null, null).add("zipCode", "1".repeat(21)).build().toString()),
                "zipCode", "This field can have at most 20 characters.");
        assertField(admin.api("POST", "contacts", card("Anna", "Virta\u202enen", null, null).build().toString()),
                "lastName", "This field cannot hold invisible characters (zero-width or text-direction characters).");
        var everyField = admin.api("POST", "contacts", card(null, null, "call me", "anna.example.com")
                .add("zipCode", "1".repeat(21)).build().toString());
        assertThat(everyField.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(everyField).getJsonObject("fields").keySet()).as("every bad field in one answer")
                .containsExactlyInAnyOrder("zipCode", "email1", "phone1", "lastName");
        assertThat(StaffClient.array(admin.api("GET", "contacts", null))).as("nothing stored").isEmpty();
    }

    @Test
    void lookupFindsCardsHoweverThePhoneOrEmailIsWritten() {
        long anna = create(admin, card("Anna", "Virtanen", "+358 40 123 4567", "anna@example.com"));
        long reception = create(admin, card("Reception", "Acme", null, null).add("phone2", "040 123 4567"));
        long bo = create(admin, card("Bo", "Ek", "+358 50 765 4321", "Bo.Ek@Example.SE"));

        for (String spelling : List.of("+358 50 765 4321", "0507654321", "00358507654321", "050-765 43 21")) {
            var found = lookup("phone=" + encode(spelling));
            assertThat(ids(found)).as(spelling).containsExactly(bo);
            assertThat(found.getString("phone")).isEqualTo("+358507654321");
        }
        assertThat(ids(lookup("email=" + encode("BO.EK@example.se")))).containsExactly(bo);
        assertThat(ids(lookup("phone=0401234567"))).as("a shared number gives a list").containsExactlyInAnyOrder(anna, reception);
        assertThat(ids(lookup("phone=0401234567&email=bo.ek@example.se"))).as("either matches")
                .containsExactlyInAnyOrder(anna, reception, bo);

        var none = lookup("phone=" + encode("070 123 45 67") + "&email=" + encode(" New.Customer@Example.com "));
        assertThat(none.getJsonArray("matches")).isEmpty();
        assertThat(none.getString("phone")).as("pre-fills add contact, FI numbering").isEqualTo("+358701234567");
        assertThat(none.getString("email")).isEqualTo("new.customer@example.com");
        var emailOnly = lookup("email=nobody@example.com");
        assertThat(emailOnly.get("phone")).isEqualTo(JsonValue.NULL);

        var sweden = admin.api("PUT", "contacts/settings", "{\"agentsMayEdit\":false,\"defaultCountry\":\"se\"}");
        assertThat(StaffClient.object(sweden).getString("defaultCountry")).isEqualTo("SE");
        assertThat(lookup("phone=" + encode("070 123 45 67")).getString("phone")).isEqualTo("+46701234567");
        assertThat(ids(lookup("phone=" + encode("+358 40 123 4567")))).containsExactlyInAnyOrder(anna, reception);

        var bad = agent.api("GET", "contacts/lookup?phone=" + encode("not a number"), null);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(bad).getJsonObject("fields").containsKey("phone")).isTrue();
        assertThat(admin.api("PUT", "contacts/settings", "{\"defaultCountry\":\"XX\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void agentsEditWhenTheAdminAllowsItButNeverVerifiedCards() {
        var settings = StaffClient.object(agent.api("GET", "contacts/settings", null));
        assertThat(settings.getBoolean("agentsMayEdit")).isFalse();
        assertThat(settings.getString("defaultCountry")).isEqualTo("FI");
        var refused = agent.api("POST", "contacts", card("Eva", "Novak", null, null).build().toString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(refused).getString("detail"))
                .isEqualTo("Only admins can add or change contacts in your organisation.");
        assertThat(agent.api("PUT", "contacts/settings", "{\"agentsMayEdit\":true,\"defaultCountry\":\"FI\"}").statusCode())
                .isEqualTo(403);

        admin.api("PUT", "contacts/settings", "{\"agentsMayEdit\":true,\"defaultCountry\":\"FI\"}");
        long eva = create(agent, card("Eva", "Novak", null, null));
        assertThat(agent.api("POST", "contacts", card("Ida", "Berg", null, null).add("verified", true).build().toString())
                .statusCode()).as("only admins verify").isEqualTo(403);
        long verified = create(admin, card("Ida", "Berg", "+46 70 123 45 67", null).add("verified", true));

        var evaCard = StaffClient.object(agent.api("GET", "contacts/" + eva, null));
        assertThat(agent.api("PUT", "contacts/" + eva, Json.createObjectBuilder(evaCard).add("lastName", "Nováková").build()
                .toString()).statusCode()).isEqualTo(200);

        var idaCard = StaffClient.object(agent.api("GET", "contacts/" + verified, null));
        var locked = agent.api("PUT", "contacts/" + verified, Json.createObjectBuilder(idaCard).add("firstName", "Ada").build().toString());
        assertThat(locked.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(locked).getString("detail"))
                .isEqualTo("This contact comes from a verified source. Only admins can change it.");
        assertThat(agent.api("PUT", "contacts/" + verified, Json.createObjectBuilder(idaCard).add("verified", false).build()
                .toString()).statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(agent.api("GET", "contacts/" + verified, null)).getString("firstName")).isEqualTo("Ida");
        assertThat(admin.api("PUT", "contacts/" + verified, Json.createObjectBuilder(idaCard).add("firstName", "Ada").build()
                .toString()).statusCode()).isEqualTo(200);

        admin.api("PUT", "contacts/settings", "{\"agentsMayEdit\":false,\"defaultCountry\":\"FI\"}");
        var again = StaffClient.object(agent.api("GET", "contacts/" + eva, null));
        assertThat(agent.api("PUT", "contacts/" + eva, Json.createObjectBuilder(again).add("lastName", "Novak").build()
                .toString()).statusCode()).isEqualTo(403);
    }

    @Test
    void notesAreNewestFirstAndOnlyTheirAuthorChangesThem() {
        long id = create(admin, card("Anna", "Virtanen", null, null));
        var colleague = StaffClient.loggedIn(org.addStaff("colleague", Role.AGENT), TestOrganisation.PASSWORD);
        String notes = "contacts/" + id + "/notes";
        var mine = agent.api("POST", notes, "{\"body\":\"Prefers e-mail.\"}");
        assertThat(mine.statusCode()).isEqualTo(201);
        long myNote = StaffClient.object(mine).getJsonNumber("id").longValue();
        long theirNote = StaffClient.object(colleague.api("POST", notes, "{\"body\":\"Called about invoice 42.\"}"))
                .getJsonNumber("id").longValue();
        assertThat(agent.api("POST", notes, "{\"body\":\"  \"}").statusCode()).isEqualTo(400);

        var listed = StaffClient.array(agent.api("GET", notes, null)).getValuesAs(JsonObject.class);
        assertThat(listed).extracting(n -> n.getJsonNumber("id").longValue()).as("newest first").containsExactly(theirNote, myNote);
        assertThat(listed).extracting(n -> n.getBoolean("own")).containsExactly(false, true);
        assertThat(listed.get(1).getString("authorName")).isNotBlank();
        assertThat(listed.get(1).getString("createdAt")).isNotBlank();

        var notYours = colleague.api("PUT", notes + "/" + myNote, "{\"body\":\"Prefers phone.\"}");
        assertThat(notYours.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(notYours).getString("detail")).isEqualTo("You can change or delete only your own notes.");
        assertThat(colleague.api("DELETE", notes + "/" + myNote, null).statusCode()).isEqualTo(403);
        assertThat(admin.api("DELETE", notes + "/" + myNote, null).statusCode()).as("admins too").isEqualTo(403);

        var changed = agent.api("PUT", notes + "/" + myNote, "{\"body\":\"Prefers phone.\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(changed).getString("body")).isEqualTo("Prefers phone.");
        assertThat(colleague.api("DELETE", notes + "/" + theirNote, null).statusCode()).isEqualTo(204);
        assertThat(StaffClient.array(agent.api("GET", notes, null)).getValuesAs(JsonObject.class))
                .extracting(n -> n.getString("body")).containsExactly("Prefers phone.");
    }

    @Test
    void anotherOrganisationsCardsAndNotesAreNotFound() {
        var other = TestOrganisation.create("Other contacts");
        var otherAdmin = other.admin();
        long theirs = create(otherAdmin, card("Their", "Customer", "+358 40 999 8888", "their@example.com"));
        long theirNote = StaffClient.object(otherAdmin.api("POST", "contacts/" + theirs + "/notes", "{\"body\":\"Theirs\"}"))
                .getJsonNumber("id").longValue();
        long ours = create(admin, card("Our", "Customer", null, null));

        var theirCard = StaffClient.object(otherAdmin.api("GET", "contacts/" + theirs, null));
        assertThat(admin.api("GET", "contacts/" + theirs, null).statusCode()).isEqualTo(404);
        assertThat(admin.api("PUT", "contacts/" + theirs, Json.createObjectBuilder(theirCard).add("firstName", "Mine")
                .build().toString()).statusCode()).isEqualTo(404);
        assertThat(admin.api("GET", "contacts/" + theirs + "/notes", null).statusCode()).isEqualTo(404);
        assertThat(admin.api("POST", "contacts/" + theirs + "/notes", "{\"body\":\"x\"}").statusCode()).isEqualTo(404);
        assertThat(admin.api("DELETE", "contacts/" + theirs + "/notes/" + theirNote, null).statusCode()).isEqualTo(404);
        assertThat(admin.api("PUT", "contacts/" + ours + "/notes/" + theirNote, "{\"body\":\"x\"}").statusCode())
                .as("their note under our card").isEqualTo(404);
        assertThat(lookup("phone=" + encode("+358 40 999 8888") + "&email=their@example.com").getJsonArray("matches")).isEmpty();
        assertThat(ids(admin.api("GET", "contacts?search=customer", null))).containsExactly(ours);

        assertThat(StaffClient.object(otherAdmin.api("GET", "contacts/" + theirs, null)).getString("firstName")).isEqualTo("Their");
        assertThat(StaffClient.array(otherAdmin.api("GET", "contacts/" + theirs + "/notes", null))).hasSize(1);
    }

    private static jakarta.json.JsonObjectBuilder card(String first, String last, String phone, String email) {
        var card = Json.createObjectBuilder();
        if (first != null) {
            card.add("firstName", first);
        }
        if (last != null) {
            card.add("lastName", last);
        }
        if (phone != null) {
            card.add("phone1", phone);
        }
        if (email != null) {
            card.add("email1", email);
        }
        return card;
    }

    private static long create(StaffClient who, jakarta.json.JsonObjectBuilder card) {
        var response = who.api("POST", "contacts", card.build().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response).getJsonNumber("id").longValue();
    }

    private JsonObject lookup(String query) {
        var response = agent.api("GET", "contacts/lookup?" + query, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StaffClient.object(response);
    }

    private static void assertField(HttpResponse<String> response, String field, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(StaffClient.object(response).getJsonObject("fields").getString(field)).isEqualTo(message);
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StaffClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> ids(JsonObject lookup) {
        return lookup.getJsonArray("matches").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
