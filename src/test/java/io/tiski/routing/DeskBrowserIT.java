package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.DeskPage;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.WidgetPage;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * The agent desk in headless Chromium: a customer joining the queue shows in the sidebar at once,
 * the agent picks them, and they chat (the customer on the chat line the widget uses), with a
 * private note the customer never gets, until the agent ends the chat after being asked.
 */
@BrowserTest
class DeskBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void anAgentSeesACustomerArriveLivePicksAndChats() {
        var org = TestOrganisation.create("Desk");
        long queue = openQueueOfTheAgent(org, null);
        try (var browser = new Browser()) {
            var desk = onlineAtTheDesk(browser, org);
            assertThat(desk.waiting(queue)).isEqualTo("0");

            var customer = new Customer();
            long joined = System.nanoTime();
            assertThat(customer.start(queue, "Liisa <b>Lehto</b>").statusCode()).isEqualTo(201);
            desk.waitForWaiting(queue, 1, Duration.ofSeconds(1));
            System.out.printf("DeskBrowserIT: the sidebar showed the new customer %d ms after the join%n",
                    (System.nanoTime() - joined) / 1_000_000);
            assertThat(desk.presenceHint()).as("no hint while online").isEmpty();
            desk.waitForPickNext(queue, true);

            desk.setPresence("Away");
            desk.waitForPickNext(queue, false);
            assertThat(desk.presenceHint()).isEqualTo("Set yourself online to take customers.")
                    .doesNotContainIgnoringCase("video");
            browser.screenshot("DeskBrowserIT-away");
            desk.goOnline();
            desk.waitForPickNext(queue, true);
            assertThat(desk.presenceHint()).as("gone once it no longer applies").isEmpty();

            assertThat(desk.openQueueMenu(queue)).as("an agent neither opens, closes nor configures queues")
                    .containsExactly("menuPickNext", "menuPreview");
            assertThat(desk.previewWaiting()).containsExactly("Liisa <b>Lehto</b>");
            desk.pickNext(queue);
            assertThat(desk.customer()).as("shown as text, not markup").isEqualTo("Liisa <b>Lehto</b>");
            desk.waitForMessage("system", "liittyi keskusteluun");
            desk.waitForWaiting(queue, 0, WAIT);

            try (var line = LiveLine.customer()) {
                line.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token())
                        .add("afterSeq", 1).build().toString());
                line.next(ActiveChat.frameType("caughtUp"), WAIT);
                line.send(Json.createObjectBuilder().add("type", "send").add("clientId", ActiveChat.clientId())
                        .add("body", "Hello <i>desk</i>").build().toString());
                desk.waitForMessage("customer", "Hello <i>desk</i>");

                desk.write("Hi Liisa, how can I help?");
                var reply = line.next(m -> "message".equals(m.getString("type")) && "AGENT".equals(m.getString("sender")), WAIT);
                assertThat(reply.getString("body")).isEqualTo("Hi Liisa, how can I help?");
                assertThat(desk.input()).as("the input is emptied once sent").isEmpty();
                var sent = desk.waitForMessage("agent", "Hi Liisa, how can I help?");
                assertThat(desk.timeOf(sent)).as("each message shows its time").matches("\\d{1,2}[:.]\\d{2}.*");
                desk.waitForStatus("Hi Liisa, how can I help?", "Sent");

                // Written while the agent's line is down: shown as on its way, sent again on the
                // reconnect with its client id, acknowledged, and stored once (the customer's
                // catch-up at the end lists it once).
                desk.dropLine();
                desk.write("Are you still there?");
                desk.waitForStatus("Are you still there?", "Sending…");
                assertThat(desk.input()).as("kept in the outbox, not in the input").isEmpty();
                browser.screenshot("DeskBrowserIT-sending");
                desk.restoreLine();
                desk.waitForStatus("Are you still there?", "Sent");
                assertThat(line.next(m -> "message".equals(m.getString("type"))
                        && "Are you still there?".equals(m.getString("body")), WAIT).getString("sender")).isEqualTo("AGENT");
                desk.waitForMessage("agent", "Are you still there?");

                String toCustomer = desk.inputLabel();
                desk.setPrivate(true);
                assertThat(desk.inputLooksPrivate()).as("the input itself shows private mode").isTrue();
                assertThat(desk.inputLabel()).startsWith("Private message, seen by staff only");
                browser.screenshot("DeskBrowserIT-private-mode");
                desk.write("Note: VIP customer");
                desk.waitForMessage("private", "Note: VIP customer");
                assertThat(desk.isPrivate()).as("private mode ends with the message sent").isFalse();
                assertThat(desk.inputLooksPrivate()).isFalse();
                assertThat(desk.inputLabel()).isEqualTo(toCustomer);
                desk.setPrivate(true);
                desk.keepPrivate();
                desk.write("Note: prefers e-mail");
                desk.waitForMessage("private", "Note: prefers e-mail");
                assertThat(desk.isPrivate()).as("unless the agent chose to stay private").isTrue();
                assertThat(desk.inputLooksPrivate()).isTrue();
                desk.setPrivate(false);
                browser.screenshot("DeskBrowserIT-chat");

                desk.end();
                assertThat(desk.showsEnded()).isTrue();
                line.next(ActiveChat.frameType("ended"), WAIT);
            }
            List<String> customerSees = new ArrayList<>();
            try (var again = LiveLine.customer()) {
                again.send(Json.createObjectBuilder().add("type", "hello").add("token", customer.token())
                        .add("afterSeq", 0).build().toString());
                JsonObject frame;
                // The catch-up's messages up to its end (the customer's status frame comes first: passed by).
                while (!(frame = again.next(ActiveChat.frameType("message").or(ActiveChat.frameType("caughtUp")), WAIT))
                        .getString("type").equals("caughtUp")) {
                    customerSees.add(frame.getString("body"));
                }
            }
            assertThat(customerSees).as("the private note never reaches the customer").containsExactly(
                    org.name() + " Agent liittyi keskusteluun.", "Hello <i>desk</i>", "Hi Liisa, how can I help?",
                    "Are you still there?", org.name() + " Agent päätti keskustelun.");

            // The presence switch in each staff language, at the desk's usual width and a narrow one.
            long presenceStarted = System.nanoTime();
            var agent = StaffClient.loggedIn(org.agentUsername(), TestOrganisation.PASSWORD);
            List<String> misfits = new ArrayList<>();
            for (String language : List.of("en", "fi", "sv", "cs")) {
                assertThat(agent.api("PUT", "account", "{\"language\":\"" + language + "\"}").statusCode()).isEqualTo(200);
                browser.driver().navigate().refresh();
                new DeskPage(browser).waitUntilShown();
                assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
                for (int width : new int[] {1366, 1024}) {
                    browser.driver().manage().window().setSize(new Dimension(width, 800));
                    String misfit = desk.presenceSwitchMisfit();
                    if (misfit != null) {
                        misfits.add(language + " at " + width + " px: " + misfit);
                    }
                }
                if (language.equals("fi")) {
                    browser.screenshot("DeskBrowserIT-presence-fi-1024");
                }
                browser.driver().manage().window().setSize(new Dimension(1366, 900));
            }
            System.out.printf("DeskBrowserIT: the presence switch measured in 4 languages at 2 widths in %d ms%n",
                    (System.nanoTime() - presenceStarted) / 1_000_000);
            assertThat(misfits).as("the presence switch fits on one line in every language").isEmpty();
        }
    }

    @Test
    void anOfferCountsDownOpensWhenAcceptedAndGoesToAnotherAgentWhenRejected() {
        var org = TestOrganisation.create("Desk offers");
        long queue = openQueueOfTheAgent(org, "{\"name\":\"" + org.name() + " empty\",\"routingMode\":\"OFFER\","
                + "\"offerTimeoutSeconds\":60}");
        try (var browser = new Browser()) {
            var desk = onlineAtTheDesk(browser, org);

            assertThat(new Customer().start(queue, "Otto Offer").statusCode()).isEqualTo(201);
            var offer = desk.waitForRequest("offer", "Otto Offer");
            assertThat(desk.countdown(offer)).matches("(5\\d|60) s left");
            browser.screenshot("DeskBrowserIT-offer");
            desk.accept(offer);
            assertThat(desk.customer()).isEqualTo("Otto Offer");
            desk.waitForMessage("system", "liittyi keskusteluun");

            assertThat(new Customer().start(queue, "Rita Reject").statusCode()).isEqualTo(201);
            desk.reject(desk.waitForRequest("offer", "Rita Reject"));
            desk.waitUntilNoRequests();
            String prefix = "second-" + UUID.randomUUID().toString().substring(0, 8);
            org.onlineAgents(queue, prefix, 1);
            var second = StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
            await().atMost(WAIT).until(() -> StaffClient.array(second.api("GET", "agent/offers", null)).stream()
                    .anyMatch(o -> "Rita Reject".equals(o.asJsonObject().getJsonObject("customer").getString("customerName"))));
            assertThat(desk.customer()).as("the open chat stays").isEqualTo("Otto Offer");
        }
    }

    /**
     * A shift's worth in two browsers: the customer in the real widget, the agent at the desk. The
     * offer is rejected and goes to a second agent, who transfers the chat to the desk; there the
     * agent answers with a canned reply typed as /keyword (in the customer's language), tags the
     * chat, writes a note, offers it to the colleague (who declines) and ends it, and the widget
     * shows the end.
     */
    @Test
    void aCustomerInTheWidgetIsServedAtTheDeskFromJoiningToTheEnd() {
        var org = TestOrganisation.create("Desk shift");
        String queueName = org.name() + " empty";
        long queue = openQueueOfTheAgent(org, "{\"name\":\"" + queueName + "\",\"routingMode\":\"OFFER\","
                + "\"offerTimeoutSeconds\":60,\"attachmentsAllowed\":true}");
        var admin = org.admin();
        assertThat(admin.api("POST", "tags", "{\"name\":\"Billing\",\"colour\":\"#1e88e5\"}").statusCode())
                .isEqualTo(201);
        // Far from UTC and from any test machine's zone, with a quarter hour: a time shown in another zone shows.
        assertThat(admin.api("PUT", "organisation/time-zone", "{\"timeZone\":\"Mars/Olympus\"}").statusCode())
                .isEqualTo(400);
        assertThat(admin.api("PUT", "organisation/time-zone", "{\"timeZone\":\"Asia/Kathmandu\"}").statusCode())
                .isEqualTo(200);
        try (var customerBrowser = new Browser(); var agentBrowser = new Browser()) {
            var desk = onlineAtTheDesk(agentBrowser, org);
            var widget = WidgetPage.openFor(customerBrowser, org.organisationId());
            // The desk puts in the version for the customer's language, not the default text.
            assertThat(admin.api("POST", "replies", Json.createObjectBuilder().add("keyword", "welcome")
                    .add("title", "Welcome").add("text", "Default welcome").add("versions", Json.createArrayBuilder()
                            .add(Json.createObjectBuilder().add("language", widgetLanguage(customerBrowser))
                                    .add("text", "Welcome to the shop! How can I help?"))).build().toString())
                    .statusCode()).isEqualTo(201);
            widget.startChat(queueName, "Wilma Widget");

            desk.waitForActivity("Waiting for your answer: Wilma Widget");
            desk.reject(desk.waitForRequest("offer", "Wilma Widget"));
            desk.waitForActivityWithout("Waiting for your answer");
            String prefix = "shift-" + UUID.randomUUID().toString().substring(0, 8);
            org.onlineAgents(queue, prefix, 1);
            var colleague = StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
            long conversation = await().atMost(WAIT).until(() -> offeredTo(colleague, "Wilma Widget"), id -> id != null);
            assertThat(colleague.api("POST", "agent/offers/" + conversation + "/accept", null).statusCode()).isEqualTo(200);
            assertThat(colleague.api("POST", "agent/conversations/" + conversation + "/transfer",
                    "{\"agentId\":" + org.agentId() + ",\"comment\":\"Billing question\"}").statusCode()).isEqualTo(201);

            desk.waitForActivity("Waiting for your answer: Wilma Widget");
            desk.accept(desk.waitForRequest("handover", "Wilma Widget"));
            assertThat(desk.waitForActivityWithout("Waiting for your answer")).as("answered: the bar stops asking")
                    .doesNotContain("Wilma Widget");
            assertThat(desk.customer()).isEqualTo("Wilma Widget");
            assertThat(desk.transferComment()).as("the transfer's word stays with the chat once accepted")
                    .isEqualTo(prefix + " 1 handed it on: Billing question");
            assertThat(desk.tabs()).containsExactly("Wilma Widget");
            assertThat(desk.details()).contains("System: Linux", "Language: " + widgetLanguage(customerBrowser));
            assertThat(widget.connected()).endsWith("is with you now.");
            widget.write("My invoice is wrong");
            var asked = desk.waitForMessage("customer", "My invoice is wrong");
            var askedInWidget = widget.waitForMessage("My invoice is wrong");
            String askedAt = desk.instantOf(asked);
            assertThat(inKathmandu(desk.timeOf(asked))).as("the desk shows the organisation's time")
                    .isEqualTo(kathmanduTime(askedAt));
            assertThat(widget.metaOf(askedInWidget)).as("so does the widget, with who wrote it")
                    .startsWith("You · ").satisfies(meta -> assertThat(inKathmandu(meta)).isEqualTo(kathmanduTime(askedAt)));
            assertThat(widget.instantOf(askedInWidget)).isEqualTo(askedAt);

            long optionsStarted = System.nanoTime();
            desk.openOptionsMenu();
            assertThat(desk.focusedId()).as("the question takes the focus").isEqualTo("deskOptionsQuestion");
            desk.sendOptionsMenu();
            assertThat(desk.optionsMenuErrors()).as("nothing is sent without a question and its choices").containsExactly(
                    "Write the question the customer answers.", "Write this choice or remove it.",
                    "Write this choice or remove it.");
            assertThat(desk.focusedId()).isEqualTo("deskOptionsQuestion");
            desk.fillOptionsMenu("How shall we fix it?", "Refund", "refund ");
            desk.sendOptionsMenu();
            assertThat(desk.optionsMenuErrors()).containsExactly("", "", "This choice is already in the menu.");
            Accessibility.assertNoSeriousViolations(agentBrowser, "desk, options menu dialog with an error");
            agentBrowser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            await().atMost(WAIT).until(() -> !desk.optionsMenuOpen());
            assertThat(desk.focusedId()).as("Escape closes it, back to its button").isEqualTo("deskOptions");
            desk.openOptionsMenu();
            desk.fillOptionsMenu("How shall we fix it?", "Credit note", "Refund", "New invoice");
            agentBrowser.screenshot("DeskBrowserIT-options-dialog");
            desk.sendOptionsMenu();
            var menu = desk.waitForMessage("agent", "How shall we fix it?");
            assertThat(desk.offeredOptions(menu)).containsExactly("Credit note", "Refund", "New invoice");
            var menuInWidget = widget.waitForMessage("How shall we fix it?");
            assertThat(widget.metaOf(menuInWidget)).as("who wrote it").startsWith(org.name() + " Agent · ");
            widget.choose("Refund");
            var answer = desk.waitForMessage("customer", "Refund");
            assertThat(desk.chosenMark(answer)).isEqualTo("Chosen from the menu");
            await().atMost(WAIT).until(() -> desk.offeredOptions(desk.waitForMessage("agent", "How shall we fix it?"))
                    .contains("✓Refund"));
            agentBrowser.screenshot("DeskBrowserIT-options-answered");
            customerBrowser.screenshot("DeskBrowserIT-widget-options-answered");
            System.out.printf("DeskBrowserIT: the options menu composed (with its errors and axe), answered and shown in %d ms%n",
                    (System.nanoTime() - optionsStarted) / 1_000_000);

            desk.waitForReply("welcome");
            // The own reply's text in another language, and a version in the customer's, which the desk puts in.
            String customerLanguage = widgetLanguage(customerBrowser);
            String textLanguage = "fi".equals(customerLanguage) ? "sv" : "fi";
            desk.addOwnReply("welcome", "My welcome", "Hei, Aino täällä! Miten voin auttaa?",
                    java.util.Locale.forLanguageTag(textLanguage).getDisplayLanguage(java.util.Locale.ENGLISH),
                    java.util.Locale.forLanguageTag(customerLanguage).getDisplayLanguage(java.util.Locale.ENGLISH),
                    "Hello, Aino here! What can I do for you?");
            var own = StaffClient.array(org.agent().api("GET", "agent/replies", null)).getValuesAs(JsonObject.class)
                    .stream().filter(reply -> reply.getBoolean("own")).findFirst().orElseThrow();
            assertThat(own.getString("language")).isEqualTo(textLanguage);
            assertThat(own.getJsonArray("versions")).singleElement().satisfies(version -> {
                assertThat(version.asJsonObject().getString("language")).isEqualTo(customerLanguage);
                assertThat(version.asJsonObject().getString("text")).isEqualTo("Hello, Aino here! What can I do for you?");
            });
            desk.type("/welcome ");
            assertThat(desk.input()).as("the agent's own reply wins over the organisation's")
                    .isEqualTo("Hello, Aino here! What can I do for you? ");
            desk.clearInput();
            desk.type("/Welcome ");
            assertThat(desk.input()).isEqualTo("Hello, Aino here! What can I do for you? ");
            assertThat(desk.deleteOwnReply("welcome")).isTrue();
            desk.clearInput();
            desk.type("/welcome ");
            assertThat(desk.input()).isEqualTo("Welcome to the shop! How can I help? ");
            desk.send();
            widget.waitForMessage("Welcome to the shop! How can I help?");

            desk.chooseEmoji("👍");
            desk.attach(invoicePicture());
            desk.send();
            assertThat(widget.waitForImage()).as("the file sent from the desk, shown to the customer").isEqualTo("invoice.png");

            desk.toggleTag("Billing");
            assertThat(StaffClient.array(admin.api("GET", "agent/conversations/" + conversation + "/tags", null)))
                    .extracting(t -> t.asJsonObject().getString("name")).containsExactly("Billing");
            desk.addNote("Invoice <1234> to be credited");
            assertThat(desk.notes()).singleElement().asString().endsWith("Invoice <1234> to be credited");
            agentBrowser.screenshot("DeskBrowserIT-shift");
            Accessibility.assertNoSeriousViolations(agentBrowser, "desk with a chat open");

            desk.toggleSidePanel();
            assertThat(desk.sidePanelShown()).as("hidden by the agent").isFalse();
            agentBrowser.screenshot("DeskBrowserIT-panel-hidden");
            desk.toggleSidePanel();
            assertThat(desk.sidePanelShown()).isTrue();

            assertThat(colleague.api("PUT", "agent/presence", "{\"presence\":\"AWAY\"}").statusCode()).isEqualTo(200);
            assertThat(desk.transferRefused(prefix + " 1", "Can you credit this?"))
                    .as("the refusal next to the transfer form").contains("cannot take chats now");
            agentBrowser.screenshot("DeskBrowserIT-transfer-refused");
            assertThat(colleague.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}").statusCode()).isEqualTo(200);

            desk.transferTo(prefix + " 1", "Can you credit this?");
            assertThat(desk.handoverError()).as("a later success clears the error").isEmpty();
            var handover = StaffClient.array(colleague.api("GET", "agent/handovers", null)).getJsonObject(0);
            assertThat(handover.getString("comment")).isEqualTo("Can you credit this?");
            assertThat(colleague.api("POST", "agent/handovers/" + handover.getJsonNumber("id") + "/decline", null)
                    .statusCode()).isEqualTo(204);

            assertThat(widget.messages()).contains("My invoice is wrong", "Welcome to the shop! How can I help?");
            desk.transferTo(prefix + " 1", "Over to you");
            handover = StaffClient.array(colleague.api("GET", "agent/handovers", null)).getJsonObject(0);
            assertThat(colleague.api("POST", "agent/handovers/" + handover.getJsonNumber("id") + "/accept", null)
                    .statusCode()).isEqualTo(200);
            assertThat(desk.waitForHandedOver()).isEqualTo("Handed to " + prefix + " 1. The conversation is no longer yours.");
            assertThat(desk.composerShown()).as("nothing to write with in a chat that is not the agent's").isFalse();
            assertThat(desk.handedMarks()).containsExactly("handed to " + prefix + " 1");
            agentBrowser.screenshot("DeskBrowserIT-handed-over");

            assertThat(colleague.api("POST", "agent/conversations/" + conversation + "/end", null).statusCode()).isEqualTo(200);
            assertThat(widget.ended()).isNotEmpty();
        }
    }

    /** The time shown (digits and any AM/PM), e.g. "02:05 PM" as "0205PM". */
    private static String inKathmandu(String shown) {
        return shown.replaceAll("[^0-9APM]", "");
    }

    /** The instant's time in Kathmandu as an English reader sees it, in the form {@link #inKathmandu} gives. */
    private static String kathmanduTime(String instant) {
        return DateTimeFormatter.ofPattern("hhmma", Locale.ENGLISH)
                .format(Instant.parse(instant).atZone(ZoneId.of("Asia/Kathmandu")));
    }

    /** A small real PNG, named as an agent's file would be. */
    private static Path invoicePicture() {
        try {
            Path file = Files.createTempDirectory("desk").resolve("invoice.png");
            var picture = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
            var pen = picture.createGraphics();
            pen.setColor(new Color(0x1e88e5));
            pen.fillRect(0, 0, 120, 80);
            pen.dispose();
            ImageIO.write(picture, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Long offeredTo(StaffClient agent, String customerName) {
        return StaffClient.array(agent.api("GET", "agent/offers", null)).stream().map(o -> o.asJsonObject().getJsonObject("customer"))
                .filter(c -> customerName.equals(c.getString("customerName", null)))
                .map(c -> c.getJsonNumber("id").longValue()).findFirst().orElse(null);
    }

    /** The widget's language: the browser's (its primary language) when Tiski speaks it, else English. */
    private static String widgetLanguage(Browser browser) {
        String language = String.valueOf(browser.driver().executeScript("return navigator.language;")).split("-")[0];
        return java.util.List.of("en", "fi", "sv", "cs").contains(language) ? language : "en";
    }

    /** The organisation's empty queue with these settings (JSON, or null), open, its agent the one handler. */
    private static long openQueueOfTheAgent(TestOrganisation org, String settings) {
        long queue = org.emptyQueueId();
        var admin = org.admin();
        if (settings != null) {
            assertThat(admin.api("PUT", "queues/" + queue, settings).statusCode()).isEqualTo(200);
        }
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        return queue;
    }

    /** The organisation's agent logged in, at the desk with its sidebar drawn, online. */
    private static DeskPage onlineAtTheDesk(Browser browser, TestOrganisation org) {
        DeskPage.allowLineDrops(browser);
        LoginPage.open(browser).logInAndArriveAt(org.agentUsername(), TestOrganisation.PASSWORD, "/desk/");
        var desk = new DeskPage(browser).waitUntilShown();
        desk.goOnline();
        return desk;
    }
}
