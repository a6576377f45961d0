package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Accessibility;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.DemoStaff;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.WidgetPage;
import jakarta.json.Json;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/**
 * A customer on the demo shop page joins the Demo organisation's Sales queue and gets an agent (staff of
 * the test's own in the Demo organisation: the demo's logins must change their passwords first).
 */
@BrowserTest
class WidgetBrowserIT {

    /**
     * On a shop page with careless styles: a launcher, the widget opening and minimising (Escape too),
     * the choice kept across pages, visible focus, and the whole screen on a phone.
     */
    @Test
    void theWidgetOpensFromItsLauncherMinimisesAndFillsAPhone() {
        var org = TestOrganisation.create("Launcher");
        org.admin().api("POST", "queues/" + org.emptyQueueId() + "/open", null);
        try (var browser = new Browser()) {
            String shop = "test-fixtures/widget?organisation=" + org.organisationId();
            var widget = WidgetPage.openFor(browser, org.organisationId());
            widget.minimise();
            assertThat(widget.focused()).as("focus back on the launcher").isEqualTo("launcher");
            browser.screenshot("WidgetBrowserIT-minimised");
            Accessibility.assertNoSeriousViolations(browser, "widget minimised");
            assertThat(browser.driver().executeScript("return document.querySelectorAll('style').length;"))
                    .as("the widget adds no style to the shop's page").isEqualTo(1L);

            widget.press(Keys.ENTER);
            assertThat(widget.isOpen()).isTrue();
            assertThat(widget.focused()).as("focus in the opened widget").isEqualTo("queue");
            assertThat(widget.style("start", "background-color")).as("the shop's styles stay out")
                    .isEqualTo("rgba(44, 125, 160, 1)");
            assertThat(widget.style("start", "font-family")).startsWith("system-ui");
            widget.press(Keys.TAB);
            assertThat(widget.focused()).isEqualTo("name");
            assertThat(widget.style("name", "outline-style")).as("a visible focus ring").isEqualTo("solid");
            assertThat(widget.style("name", "outline-width")).isEqualTo("3px");

            widget.goTo(shop);
            assertThat(widget.isOpen()).as("still open on the next page").isTrue();
            widget.click("name");
            widget.press(Keys.ESCAPE);
            assertThat(widget.isOpen()).as("Escape minimises").isFalse();
            widget.goTo(shop);
            assertThat(widget.isOpen()).as("still minimised on the next page").isFalse();

            browser.driver().manage().window().setSize(new Dimension(390, 780));
            widget.open();
            Object[] fit = ((java.util.List<?>) browser.driver().executeScript(
                    "var panel = document.querySelector('tiski-chat').shadowRoot.querySelector('section').getBoundingClientRect();"
                            + "return [panel.left, panel.top, panel.width - innerWidth, panel.height - innerHeight,"
                            + " document.documentElement.scrollWidth - innerWidth];")).toArray();
            assertThat(fit).as("left, top, width and height against the screen, sideways overflow")
                    .containsExactly(0L, 0L, 0L, 0L, 0L);
            browser.screenshot("WidgetBrowserIT-phone");
            Accessibility.assertNoSeriousViolations(browser, "widget start form on a phone");

            // On a site of another origin (the enterprise's): the loader imports the widget's
            // modules across origins (CORS), and the start form comes with the queues.
            var elsewhere = WidgetPage.openCrossOrigin(browser, org.organisationId());
            assertThat(elsewhere.queues()).as("the widget loaded from another origin").contains(org.name() + " empty");
        }
    }

    /**
     * Focus follows the chat, the typing indicator goes when the message comes, a transfer renames the
     * agent, and the end keeps the conversation with the transcript address the customer gave.
     */
    @Test
    void theChatFollowsTheAgentWhoHasItAndEndsInView() {
        var org = TestOrganisation.create("Widget chat");
        var admin = org.admin();
        long queue = org.emptyQueueId();
        admin.api("POST", "queues/" + queue + "/open", null);
        admin.api("PUT", "queues/" + queue + "/handlers", "[" + org.agentId() + "]");
        var first = org.agent();
        assertThat(first.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}").statusCode()).isEqualTo(200);
        String prefix = "wb" + org.organisationId();
        long secondId = org.onlineAgents(queue, prefix, 1).get(0);
        var second = StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
        try (var browser = new Browser()) {
            var widget = WidgetPage.openFor(browser, org.organisationId());
            Accessibility.assertNoSeriousViolations(browser, "widget start form");

            widget.startChat(org.name() + " empty", "Kaisa", null, "kaisa@customer.example");

            assertThat(widget.position()).isEqualTo("Your place in the queue: 1");
            assertThat(widget.focused()).as("focus after Start").isEqualTo("waiting");
            Accessibility.assertNoSeriousViolations(browser, "widget waiting");
            long id = StaffClient.array(first.api("GET", "agent/waiting", null)).stream().map(v -> v.asJsonObject())
                    .filter(c -> "Kaisa".equals(c.getString("customerName", null))).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            assertThat(first.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);
            widget.waitForConnected(org.name() + " Agent is with you now.");
            assertThat(widget.focused()).as("focus when the chat opens").isEqualTo("message-input");

            try (var desk = LiveLine.agent(first)) {
                desk.send(Json.createObjectBuilder().add("type", "typing").add("conversationId", id).build().toString());
                widget.waitForTyping();
                desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", id)
                        .add("clientId", UUID.randomUUID().toString()).add("body", "Let me check that.").build().toString());
                widget.waitForMessage("Let me check that.");
                assertThat(widget.typing()).as("the indicator goes with the message").isEmpty();
            }
            Accessibility.assertNoSeriousViolations(browser, "widget chatting");

            long transfer = StaffClient.object(first.api("POST", "agent/conversations/" + id + "/transfer",
                    "{\"agentId\":" + secondId + "}")).getJsonNumber("id").longValue();
            assertThat(second.api("POST", "agent/handovers/" + transfer + "/accept", null).statusCode()).isEqualTo(200);
            widget.waitForConnected(prefix + " 1 is with you now.");
            browser.driver().manage().window().setSize(new Dimension(390, 780));
            browser.screenshot("WidgetBrowserIT-phone-chat");
            Accessibility.assertNoSeriousViolations(browser, "widget chatting on a phone");

            second.api("POST", "agent/conversations/" + id + "/end", null);
            assertThat(widget.ended()).isEqualTo("The conversation has ended.");
            assertThat(widget.messages()).as("the conversation stays in view").contains("Let me check that.");
            assertThat(widget.transcriptAddress()).isEqualTo("kaisa@customer.example");
            assertThat(widget.focused()).isEqualTo("ended");
            Accessibility.assertNoSeriousViolations(browser, "widget ended");
            browser.screenshot("WidgetBrowserIT-chat-ended");
            widget.startANewChat();
            assertThat(widget.focused()).isEqualTo("queue");
        } finally {
            first.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
            second.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
        }
    }

    @Test
    void aClosedQueueOffersTheMessageForm() {
        var admin = DemoStaff.create().admin();
        long support = StaffClient.array(admin.api("GET", "queues", null)).stream().map(v -> v.asJsonObject())
                .filter(q -> "Support".equals(q.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        admin.api("POST", "queues/" + support + "/close", null);
        try (var browser = new Browser()) {
            var widget = WidgetPage.open(browser);
            // The browser speaks English; this customer chooses Finnish for the widget.
            widget.chooseLanguage("Suomi", "Aloita chat");

            widget.startChat("Support (suljettu)", "Otto");

            assertThat(widget.leaveMessage("otto@customer.example", "Call me tomorrow, please."))
                    .isEqualTo("Kiitos! Viestisi on lähetetty.");
            browser.screenshot("WidgetBrowserIT-finnish");
            browser.screenshot("WidgetBrowserIT-offline-sent");
            assertThat(widget.newChatLabel()).as("after the message, as after a chat").isEqualTo("Aloita uusi chat");
            Accessibility.assertNoSeriousViolations(browser, "widget offline message sent");
            widget.startANewChat();
            assertThat(widget.focused()).isEqualTo("queue");
            widget.minimise();
            browser.screenshot("WidgetBrowserIT-demo-minimised");
        } finally {
            admin.api("POST", "queues/" + support + "/open", null);
        }
    }

    @Test
    void customerWaitsWithALivePlaceInLineUntilAnAgentPicks() {
        var aino = DemoStaff.create().aino();
        assertThat(aino.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}").statusCode()).isEqualTo(200);
        try (var browser = new Browser()) {
            var widget = WidgetPage.open(browser);

            widget.startChat("Sales", "Selma <Shopper>");

            assertThat(widget.position()).matches("Your place in the queue: \\d+");
            browser.screenshot("WidgetBrowserIT-waiting");
            var waiting = StaffClient.array(aino.api("GET", "agent/waiting", null)).stream()
                    .map(value -> value.asJsonObject())
                    .filter(c -> "Selma <Shopper>".equals(c.getString("customerName", null)))
                    .findFirst().orElseThrow();
            assertThat(waiting.getString("page")).endsWith("/widget/demo.html");
            long id = waiting.getJsonNumber("id").longValue();
            assertThat(aino.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);

            assertThat(widget.connected()).isEqualTo("Aino Agent is with you now.");
            try (var desk = LiveLine.agent(aino)) {
                widget.write("Hello <b>agent</b>");
                var fromCustomer = desk.next(m -> m.getString("type").equals("message")
                        && m.getString("sender").equals("CUSTOMER"), Duration.ofSeconds(20));
                assertThat(fromCustomer.getString("body")).isEqualTo("Hello <b>agent</b>");
                desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", id)
                        .add("clientId", UUID.randomUUID().toString()).add("body", "Sure, <i>happy</i> to help").build().toString());

                widget.waitForMessage("Sure, <i>happy</i> to help");
                widget.waitForMessage("Hello <b>agent</b>");
                assertThat(widget.messages()).containsExactly("Aino Agent joined the conversation.", "Hello <b>agent</b>",
                        "Sure, <i>happy</i> to help");
                browser.screenshot("WidgetBrowserIT-connected");
            }
            aino.api("POST", "agent/conversations/" + id + "/end", null);
            assertThat(widget.ended()).isEqualTo("The conversation has ended.");
            assertThat(widget.askForTranscript("selma@customer.example")).isEqualTo("On its way. Check your inbox.");
            browser.screenshot("WidgetBrowserIT-ended");
        } finally {
            aino.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
        }
    }

    @Test
    void aCustomerSendsAScreenshotThatBothSidesSee() throws Exception {
        var bertil = DemoStaff.create().bertil();
        assertThat(bertil.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}").statusCode()).isEqualTo(200);
        Path screenshot = Files.createTempFile("error-screen", ".png");
        var picture = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        var pen = picture.createGraphics();
        pen.setColor(new Color(0xb42318));
        pen.fillRect(0, 0, 160, 90);
        pen.setColor(Color.WHITE);
        pen.fillRect(20, 35, 120, 20);
        pen.dispose();
        ImageIO.write(picture, "png", screenshot.toFile());
        try (var browser = new Browser()) {
            var widget = WidgetPage.open(browser);
            widget.startChat("Support", "Sami Screenshot");
            assertThat(widget.position()).startsWith("Your place in the queue");
            var waiting = StaffClient.array(bertil.api("GET", "agent/waiting", null)).stream()
                    .map(value -> value.asJsonObject())
                    .filter(c -> "Sami Screenshot".equals(c.getString("customerName", null)))
                    .findFirst().orElseThrow();
            long id = waiting.getJsonNumber("id").longValue();
            assertThat(bertil.api("POST", "agent/waiting/" + id + "/pick", null).statusCode()).isEqualTo(200);
            widget.connected();
            try (var desk = LiveLine.agent(bertil)) {
                // Enough lines that the list scrolls: the picture's height, known only once it has
                // loaded, must not push the newest message out of view.
                for (int line = 1; line <= 10; line++) {
                    desk.send(Json.createObjectBuilder().add("type", "send").add("conversationId", id)
                            .add("clientId", UUID.randomUUID().toString()).add("body", "Line " + line).build().toString());
                }
                widget.waitForMessage("Line 10");
                widget.attach(screenshot);

                var sent = desk.next(m -> m.getString("type").equals("message")
                        && m.getString("sender").equals("CUSTOMER"), Duration.ofSeconds(20));
                var file = sent.getJsonArray("attachments").getJsonObject(0);
                assertThat(file.getBoolean("image")).isTrue();
                var download = bertil.download("agent/attachments/" + file.getJsonNumber("id").longValue());
                assertThat(download.body()).isEqualTo(Files.readAllBytes(screenshot));
                assertThat(widget.waitForImage()).isEqualTo(screenshot.getFileName().toString());
                widget.waitForNewestInView();
                browser.screenshot("WidgetBrowserIT-attachment");
            }
            bertil.api("POST", "agent/conversations/" + id + "/end", null);
        } finally {
            bertil.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
            Files.deleteIfExists(screenshot);
        }
    }
}
