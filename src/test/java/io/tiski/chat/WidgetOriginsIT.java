package io.tiski.chat;

import static io.tiski.testsupport.ActiveChat.frameType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.Browser;
import io.tiski.testsupport.BrowserTest;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import io.tiski.testsupport.pages.LoginPage;
import io.tiski.testsupport.pages.OrganisationPage;
import jakarta.json.Json;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Only the web sites an admin allowed may open their organisation's customer chat from their pages,
 * and a line opened for one organisation serves none of another's conversations.
 */
@BrowserTest
class WidgetOriginsIT {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void onlyAllowedSitesOpenTheChatAndOnlyForTheirOrganisation() {
        var shop = TestOrganisation.create("Origins shop");
        var chat = ActiveChat.open(shop, null);
        var other = ActiveChat.open(TestOrganisation.create("Origins other"), null);

        try (var browser = new Browser()) {
            LoginPage.open(browser).logInAsAdmin(shop.adminUsername(), TestOrganisation.PASSWORD);
            var settings = OrganisationPage.open(browser);
            assertThat(settings.snippet()).contains("data-organisation=\"" + shop.organisationId() + "\"");
            settings.allowSites("https://shop.example", "https://shop.example/cart");
            assertThat(settings.waitForError()).contains("https://shop.example/cart").contains("no path");
            browser.screenshot("WidgetOriginsIT-invalid");
            var again = OrganisationPage.open(browser);
            again.allowSites("HTTPS://Shop.Example:443/", "http://localhost:8080");
            again.waitUntilSaved();
            assertThat(OrganisationPage.open(browser).allowedSites()).as("stored, in the form browsers send")
                    .isEqualTo("https://shop.example\nhttp://localhost:8080");
            browser.screenshot("WidgetOriginsIT-saved");
        }

        var fromElsewhere = new Customer();
        fromElsewhere.onSite("https://attacker.example");
        var refused = fromElsewhere.start(chat.queueId(), "Mallory");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StaffClient.object(refused).getString("detail")).startsWith("Chat cannot be started from this web site.");
        var shopVisitor = new Customer();
        shopVisitor.onSite("https://shop.example");
        assertThat(shopVisitor.start(chat.queueId(), "Sanna").statusCode()).isEqualTo(201);

        assertThatThrownBy(() -> LiveLine.customerFrom("https://attacker.example", shop.organisationId()))
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
        try (var fromShop = LiveLine.customerFrom("https://shop.example", shop.organisationId())) {
            fromShop.send(hello(chat.customer().token()));
            assertThat(fromShop.next(frameType("caughtUp"), WAIT).getJsonNumber("conversationId").longValue())
                    .isEqualTo(chat.conversationId());
        }
        try (var borrowed = LiveLine.customerFrom("https://shop.example", shop.organisationId())) {
            borrowed.send(hello(other.customer().token()));
            assertThat(borrowed.next(frameType("error"), WAIT).getString("detail")).isEqualTo("There is no such conversation.");
            assertThat(borrowed.closeCode(WAIT)).isEqualTo(1008);
        }
        String tiskiItself = "http://localhost:" + TestServer.baseUri().getPort();
        try (var demoPage = LiveLine.customerFrom(tiskiItself, shop.organisationId())) {
            demoPage.send(hello(chat.customer().token()));
            demoPage.next(frameType("caughtUp"), WAIT);
        }
    }

    private static String hello(String token) {
        return Json.createObjectBuilder().add("type", "hello").add("token", token).add("afterSeq", 0).build().toString();
    }
}
