package io.tiski.contact;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.ContactPanel;
import io.tiski.testsupport.pages.DeskPage;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.WidgetPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The contact card beside the chat, in headless Chromium: a customer from the real widget whose
 * phone matches one verified card under another name than theirs sees it first as a possible match
 * (what they typed shown as text, no notes, nothing linked), and once the agent confirms it shown
 * whole (call link, copy buttons, lock, no Edit for an agent), with its notes (own ones editable, a
 * colleague's not, also on the server) and a message sent from it; an e-mail shared by two cards
 * gives a list to filter and choose from, with Back, and a wrong card unlinked (the card unchanged)
 * makes way for a search; an unknown phone offers "Add contact" pre-filled, whose form explains a bad
 * e-mail next to the field and, when someone saved first, says so and keeps what was typed; and when
 * the admin forbids agents to edit, Edit is gone and the API refuses. Axe checks the desk with the
 * possible match and with the card shown.
 */
@BrowserTest
class ContactCardBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    // Typed into the widget: another person's name than the card's, with markup that must show as text.
    private static final String CUSTOMER = "Maria <b>Virtanen</b>";
    private static final String CUSTOMER_EMAIL = "m.o'neil&co@example.com";

    @Test
    void theAgentSeesFindsAddsAndAnnotatesTheCustomersCard() {
        var org = TestOrganisation.create("Card desk");
        var admin = org.admin();
        var agent = org.agent();
        String queueName = org.name() + " empty";
        long queue = openQueueOfTheAgent(org);
        assertThat(admin.api("PUT", "contacts/settings", "{\"agentsMayEdit\":true,\"defaultCountry\":\"FI\"}").statusCode()).isEqualTo(200);
        long anna = create(admin, card("Anna", "Virtanen").add("workingTitle", "Buyer").add("organisation", "Acme Oy")
                .add("phone1", "+358 40 123 4567").add("phone1Label", "mobile").add("email1", "anna@example.com")
                .add("email1Label", "work").add("streetName", "Mannerheimintie").add("streetNumber", "1")
                .add("zipCode", "00100").add("zipLocation", "Helsinki").add("verified", true));
        create(admin, card("Bo", "Ek").add("organisation", "Ek Ab").add("email1", "shared@example.com"));
        long cecilia = create(admin, card("Cecilia", "Ek").add("organisation", "Nordic Oy").add("email1", "shared@example.com")
                .add("phone1", "+46 70 123 45 67"));
        var colleagueNote = admin.api("POST", "contacts/" + anna + "/notes", "{\"body\":\"Admin: VIP since 2019\"}");
        long colleagueNoteId = StaffClient.object(colleagueNote).getJsonNumber("id").longValue();

        try (var customerBrowser = new Browser(); var agentBrowser = new Browser()) {
            var desk = onlineAtTheDesk(agentBrowser, org);
            var panel = new ContactPanel(agentBrowser);

            // One match, from the real widget; a bad e-mail first starts nothing.
            var widget = WidgetPage.openFor(customerBrowser, org.organisationId());
            widget.startChat(queueName, "Anna V", "040 123 4567", "anna@@example");
            assertThat(widget.fieldError("email")).isEqualTo("“anna@@example” is not an e-mail address. Write it as"
                    + " name@example.com.");
            customerBrowser.screenshot("ContactCardBrowserIT-widget-error");
            assertThat(desk.waiting(queue)).as("nothing started").isEqualTo("0");
            // Found by phone under another name than the customer's: a possible match, not yet theirs.
            widget.startChat(queueName, CUSTOMER, "040 123 4567", CUSTOMER_EMAIL);
            desk.waitForWaiting(queue, 1, WAIT);
            desk.pickNext(queue);
            assertThat(panel.waitForPossible()).contains("POSSIBLE MATCH", "Anna Virtanen", "Acme Oy",
                    "the name on this card is not the one they gave");
            assertThat(panel.given()).as("what the customer typed, as text")
                    .contains(CUSTOMER, "040 123 4567", CUSTOMER_EMAIL);
            assertThat(panel.html()).doesNotContain("<b>");
            assertThat(panel.showsCard()).isFalse();
            assertThat(panel.showsNotes()).as("another person's notes stay hidden").isFalse();
            assertThat(linked(agent, CUSTOMER)).as("nothing linked before the agent confirms").isNull();
            Accessibility.assertNoSeriousViolations(agentBrowser, "desk with a possible match");
            agentBrowser.screenshot("ContactCardBrowserIT-possible-match");
            panel.confirm();
            String shown = panel.waitForCard("Anna Virtanen");
            assertThat(shown).contains("Buyer · Acme Oy", "+358401234567", "anna@example.com", "mobile", "work",
                    "Mannerheimintie 1, 00100 Helsinki");
            assertThat(panel.callLinks()).containsExactly("tel:+358401234567");
            assertThat(panel.copyButtons()).as("one per phone and e-mail").isEqualTo(2);
            assertThat(panel.lock()).isEqualTo("From a verified source: only admins can change this contact.");
            assertThat(panel.offersEdit()).as("a verified card, an agent").isFalse();
            assertThat(linkedCard(agent, CUSTOMER)).as("confirmed: linked to the chat").isEqualTo(anna);

            // Notes: a colleague's is read-only, also on the server; the agent's own can be changed.
            panel.waitForNote("Admin: VIP since 2019");
            assertThat(panel.noteEditable("Admin: VIP since 2019")).isFalse();
            panel.addNote("Prefers e-mail");
            assertThat(panel.noteEditable("Prefers e-mail")).isTrue();
            panel.editNote("Prefers e-mail", "Prefers e-mail <b>after</b> 5 pm; " + "long ".repeat(20) + "end");
            assertThat(panel.notes()).as("newest first, the start of each").hasSize(2);
            assertThat(panel.notes().get(0)).contains(org.name() + " Agent", "Prefers e-mail <b>after</b> 5 pm")
                    .doesNotContain("end");
            assertThat(panel.openNote("Prefers e-mail")).as("clicked open, whole, as text").endsWith("long end");
            assertThat(agent.api("PUT", "contacts/" + anna + "/notes/" + colleagueNoteId, "{\"body\":\"Mine now\"}")
                    .statusCode()).isEqualTo(403);
            assertThat(agent.api("DELETE", "contacts/" + anna + "/notes/" + colleagueNoteId, null).statusCode())
                    .isEqualTo(403);
            agentBrowser.screenshot("ContactCardBrowserIT-one-match-notes");
            Accessibility.assertNoSeriousViolations(agentBrowser, "desk with the customer's card");

            // A message from the card: SMS is recorded when no gateway is configured.
            assertThat(panel.sendMessage("SMS", "+358401234567", null, "Your credit note is on its way"))
                    .isEqualTo("Recorded");
            assertThat(panel.history()).singleElement().asString().contains("Your credit note is on its way");
            agentBrowser.screenshot("ContactCardBrowserIT-message-sent");

            // Several matches: a list to filter and choose from, and Back to it.
            assertThat(new Customer().start(queue, "Shared Mailbox", null, "Shared@Example.com").statusCode())
                    .isEqualTo(201);
            desk.waitForWaiting(queue, 1, WAIT);
            desk.pickNext(queue);
            assertThat(panel.waitForChoices(2)).containsExactly("Bo Ek / Ek Ab / shared@example.com",
                    "Cecilia Ek / Nordic Oy / shared@example.com / +46701234567");
            agentBrowser.screenshot("ContactCardBrowserIT-several");
            panel.filter("nordic");
            assertThat(panel.waitForChoices(1)).singleElement().asString().startsWith("Cecilia Ek");
            panel.choose("Cecilia Ek");
            panel.waitForCard("Cecilia Ek");
            assertThat(panel.offersEdit()).isTrue();
            panel.back();
            assertThat(panel.waitForChoices(2)).hasSize(2);
            panel.choose("Cecilia Ek");
            panel.waitForCard("Cecilia Ek");

            // A wrong card unlinked: nothing on it changes, and a search finds (here: the same) card again.
            var ceciliaBefore = StaffClient.object(agent.api("GET", "contacts/" + cecilia, null));
            panel.unlink();
            assertThat(linked(agent, "Shared Mailbox")).isNull();
            assertThat(StaffClient.object(agent.api("GET", "contacts/" + cecilia, null))).isEqualTo(ceciliaBefore);
            agentBrowser.screenshot("ContactCardBrowserIT-unlinked");
            assertThat(panel.search("Cecilia", 1)).singleElement().asString().startsWith("Cecilia Ek");
            panel.choose("Cecilia Ek");
            panel.waitForCard("Cecilia Ek");
            assertThat(linkedCard(agent, "Shared Mailbox")).isEqualTo(cecilia);

            // None: what the customer gave, and "Add contact" pre-filled with it.
            assertThat(new Customer().start(queue, "Uuno Uusi", "050 111 2222", null).statusCode()).isEqualTo(201);
            desk.waitForWaiting(queue, 1, WAIT);
            desk.pickNext(queue);
            assertThat(panel.waitForUnknown()).contains("050 111 2222");
            agentBrowser.screenshot("ContactCardBrowserIT-none");
            panel.add();
            assertThat(panel.field("phone1")).isEqualTo("050 111 2222");
            assertThat(panel.field("firstName")).isEqualTo("Uuno");
            assertThat(panel.field("lastName")).isEqualTo("Uusi");
            panel.type("email1", "uuno.example.com");
            panel.type("phone2", "call me");
            panel.save();
            assertThat(panel.waitForError("email1"))
                    .isEqualTo("“uuno.example.com” is not an e-mail address. Write it as name@example.com.");
            assertThat(panel.waitForError("phone2")).startsWith("“call me” is not a phone number.");
            agentBrowser.screenshot("ContactCardBrowserIT-form-errors");
            panel.type("email1", "uuno@example.com");
            panel.type("phone2", "");
            panel.save();
            assertThat(panel.waitForCard("Uuno Uusi")).contains("+358501112222", "uuno@example.com");
            var added = StaffClient.object(agent.api("GET", "contacts/lookup?email=uuno%40example.com", null))
                    .getJsonArray("matches").getJsonObject(0);
            long uuno = added.getJsonNumber("id").longValue();
            assertThat(linkedCard(agent, "Uuno Uusi")).isEqualTo(uuno);

            // Someone saves first: the agent is told, sees their version and keeps what they typed.
            panel.edit();
            assertThat(panel.field("email1")).isEqualTo("uuno@example.com");
            assertThat(admin.api("PUT", "contacts/" + uuno, Json.createObjectBuilder(added).add("department", "Billing")
                    .build().toString()).statusCode()).isEqualTo(200);
            panel.type("workingTitle", "Founder");
            panel.save();
            assertThat(panel.waitForFormError()).isEqualTo("Someone else saved this contact after you opened it."
                    + " Your changes are still in the form.");
            panel.loadTheirs();
            panel.waitForCardText("Billing");
            assertThat(panel.field("workingTitle")).isEqualTo("Founder");
            agentBrowser.screenshot("ContactCardBrowserIT-conflict");
            panel.save();
            panel.waitForCardText("Founder");
            assertThat(StaffClient.object(agent.api("GET", "contacts/" + uuno, null)).getString("workingTitle"))
                    .isEqualTo("Founder");
            assertThat(panel.offersEdit()).isTrue();

            // The admin forbids agents to edit: no Edit once the card is shown again, and the API refuses.
            assertThat(admin.api("PUT", "contacts/settings", "{\"agentsMayEdit\":false,\"defaultCountry\":\"FI\"}").statusCode()).isEqualTo(200);
            desk.openTab("Shared Mailbox");
            panel.waitForCard("Cecilia Ek");
            desk.openTab("Uuno Uusi");
            panel.waitForCard("Uuno Uusi");
            assertThat(panel.offersEdit()).isFalse();
            var current = StaffClient.object(agent.api("GET", "contacts/" + uuno, null));
            var refused = agent.api("PUT", "contacts/" + uuno,
                    Json.createObjectBuilder(current).add("department", "Sales").build().toString());
            assertThat(refused.statusCode()).isEqualTo(403);
        }
    }

    private static JsonObjectBuilder card(String first, String last) {
        return Json.createObjectBuilder().add("firstName", first).add("lastName", last);
    }

    private static long create(StaffClient admin, JsonObjectBuilder card) {
        var created = admin.api("POST", "contacts", card.build().toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return StaffClient.object(created).getJsonNumber("id").longValue();
    }

    /** The card linked to the customer's chat now, or null. */
    private static Long linked(StaffClient agent, String customerName) {
        var conversation = StaffClient.array(agent.api("GET", "agent/conversations", null))
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> customerName.equals(c.getString("customerName", null))).findFirst().orElseThrow();
        return conversation.isNull("contactId") ? null : conversation.getJsonNumber("contactId").longValue();
    }

    private static long linkedCard(StaffClient agent, String customerName) {
        return org.awaitility.Awaitility.await().atMost(WAIT).until(() -> StaffClient.array(
                        agent.api("GET", "agent/conversations", null)).getValuesAs(JsonObject.class).stream()
                .filter(c -> customerName.equals(c.getString("customerName", null)))
                .map(c -> c.isNull("contactId") ? null : c.getJsonNumber("contactId").longValue())
                .findFirst().orElse(null), id -> id != null);
    }

    /** The organisation's empty queue, open, its agent the one handler. */
    private static long openQueueOfTheAgent(TestOrganisation org) {
        long queue = org.emptyQueueId();
        var admin = org.admin();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        return queue;
    }

    private static DeskPage onlineAtTheDesk(Browser browser, TestOrganisation org) {
        LoginPage.open(browser).logInAndArriveAt(org.agentUsername(), TestOrganisation.PASSWORD, "/desk/");
        var desk = new DeskPage(browser).waitUntilShown();
        desk.goOnline();
        return desk;
    }
}
