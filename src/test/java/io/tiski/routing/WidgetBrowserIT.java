package io.tiski.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.DemoStaff;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
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

/**
 * A customer on the demo shop page joins the Demo organisation's Sales queue and gets an agent (staff of
 * the test's own in the Demo organisation: the demo's logins must change their passwords first).
 */
@BrowserTest
class WidgetBrowserIT {

    @Test
    void aClosedQueueOffersTheMessageForm() {
        var admin = DemoStaff.create().admin();
        long support = StaffClient.array(admin.api("GET", "queues", null)).stream().map(v -> v.asJsonObject())
                .filter(q -> "Support".equals(q.getString("name"))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        admin.api("POST", "queues/" + support + "/close", null);
        try (var browser = new Browser()) {
            var widget = WidgetPage.open(browser);

            widget.startChat("Support (closed)", "Otto");

            assertThat(widget.leaveMessage("otto@customer.example", "Call me tomorrow, please."))
                    .isEqualTo("Thank you! Your message was sent.");
            browser.screenshot("WidgetBrowserIT-offline-sent");
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
                widget.attach(screenshot);

                var sent = desk.next(m -> m.getString("type").equals("message")
                        && m.getString("sender").equals("CUSTOMER"), Duration.ofSeconds(20));
                var file = sent.getJsonArray("attachments").getJsonObject(0);
                assertThat(file.getBoolean("image")).isTrue();
                var download = bertil.download("agent/attachments/" + file.getJsonNumber("id").longValue());
                assertThat(download.body()).isEqualTo(Files.readAllBytes(screenshot));
                assertThat(widget.waitForImage()).isEqualTo(screenshot.getFileName().toString());
                browser.screenshot("WidgetBrowserIT-attachment");
            }
            bertil.api("POST", "agent/conversations/" + id + "/end", null);
        } finally {
            bertil.api("PUT", "agent/presence", "{\"presence\":\"OFFLINE\"}");
            Files.deleteIfExists(screenshot);
        }
    }
}
