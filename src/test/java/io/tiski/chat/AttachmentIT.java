package io.tiski.chat;

import static io.tiski.testsupport.ActiveChat.clientId;
import static io.tiski.testsupport.ActiveChat.frameType;
import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.ActiveChat;
import io.tiski.testsupport.LiveLine;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files in the chat: uploaded first, sent with a message, typed by their content, always served as
 * downloads that cannot run, and readable only by the conversation's customer (never private
 * files) and its organisation's staff.
 */
class AttachmentIT {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A 1x1 transparent PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    private static final byte[] HTML = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] SVG = ("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
            + "<script>alert(1)</script></svg>").getBytes(StandardCharsets.UTF_8);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private TestOrganisation org;
    private ActiveChat chat;

    @BeforeEach
    void aConversationInAQueueThatAllowsFiles() {
        org = TestOrganisation.create("Files");
        chat = ActiveChat.open(org, "{\"attachmentsAllowed\":true}");
    }

    @Test
    void anImageGoesWithAMessageToBothSidesAndIsTypedByItsContent() {
        var uploaded = uploaded(chat.customer().upload("holiday.txt", PNG));
        assertThat(uploaded.getString("contentType")).as("by content, not by name").isEqualTo("image/png");
        assertThat(uploaded.getBoolean("image")).isTrue();
        long id = uploaded.getJsonNumber("id").longValue();

        try (var desk = LiveLine.agent(chat.agent()); var widget = chat.customerLine(0)) {
            widget.send(customerSend(clientId(), "", Json.createArrayBuilder().add(id)));
            widget.next(frameType("ack"), WAIT);
            var received = desk.next(frameType("message").and(m -> m.getString("sender").equals("CUSTOMER")), WAIT);
            var file = received.getJsonArray("attachments").getJsonObject(0);
            assertThat(file.getJsonNumber("id").longValue()).isEqualTo(id);
            assertThat(file.getString("name")).isEqualTo("holiday.txt");
            assertThat(file.getJsonNumber("size").longValue()).isEqualTo(PNG.length);
        }

        var byStaff = chat.agent().download("agent/attachments/" + id);
        assertThat(byStaff.statusCode()).isEqualTo(200);
        assertThat(byStaff.body()).isEqualTo(PNG);
        assertThat(byStaff.headers().firstValue("Content-Type")).hasValue("image/png");
        assertSafeDownload(byStaff, "holiday.txt");
        var byCustomer = chat.customer().download(id);
        assertThat(byCustomer.statusCode()).isEqualTo(200);
        assertThat(byCustomer.body()).isEqualTo(PNG);

        try (var later = chat.customerLine(0)) {
            var again = later.next(frameType("message").and(m -> m.getString("sender").equals("CUSTOMER")), WAIT);
            assertThat(again.getJsonArray("attachments")).as("a catch-up carries the files too").hasSize(1);
        }
    }

    @Test
    void aFileNameIsShownWithoutCharactersThatWouldDisguiseIt() {
        var uploaded = uploaded(chat.customer().upload("invoice\u202efdp.exe", PNG));

        assertThat(uploaded.getString("name")).as("no direction control to show it as invoiceexe.pdf").isEqualTo("invoicefdp.exe");
    }

    @Test
    void htmlAndSvgAreOnlyEverBytesToDownload() {
        var html = uploaded(chat.customer().upload("photo.png", HTML));
        assertThat(html.getString("contentType")).isEqualTo("text/html");
        assertThat(html.getBoolean("image")).isFalse();
        var svg = uploaded(chat.customer().upload("logo.svg", SVG));
        assertThat(svg.getBoolean("image")).as("SVG can carry script: not shown inline").isFalse();

        for (var file : List.of(html, svg)) {
            var download = chat.agent().download("agent/attachments/" + file.getJsonNumber("id").longValue());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
            assertSafeDownload(download, file.getString("name"));
        }
    }

    @Test
    void anAgentSendsAFileAndAPrivateOneStaysWithStaff() {
        var offer = uploaded(chat.agent().upload("agent/attachments?conversationId=" + chat.conversationId()
                + "&name=Tarjous%20%C3%A4%C3%A4.pdf", PDF));
        assertThat(offer.getString("contentType")).isEqualTo("application/pdf");
        assertThat(offer.getString("name")).isEqualTo("Tarjous ää.pdf");
        var note = uploaded(chat.agent().upload("agent/attachments?conversationId=" + chat.conversationId()
                + "&name=notes.pdf", PDF));
        long offerId = offer.getJsonNumber("id").longValue();
        long noteId = note.getJsonNumber("id").longValue();
        assertThat(chat.customer().download(offerId).statusCode()).as("not sent yet").isEqualTo(404);

        try (var desk = LiveLine.agent(chat.agent()); var widget = chat.customerLine(0)) {
            desk.send(agentSend(clientId(), "Our offer", false, Json.createArrayBuilder().add(offerId)));
            desk.next(frameType("ack"), WAIT);
            desk.send(agentSend(clientId(), "For us only", true, Json.createArrayBuilder().add(noteId)));
            desk.next(frameType("ack"), WAIT);
            var received = widget.next(frameType("message").and(m -> m.getString("sender").equals("AGENT")), WAIT);
            assertThat(received.getString("body")).isEqualTo("Our offer");
            assertThat(received.getJsonArray("attachments").getJsonObject(0).getString("name")).isEqualTo("Tarjous ää.pdf");
        }
        var download = chat.customer().download(offerId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename*=UTF-8''Tarjous%20%C3%A4%C3%A4.pdf");
        assertThat(chat.customer().download(noteId).statusCode()).as("a private file").isEqualTo(404);
        assertThat(org.admin().download("agent/attachments/" + noteId).statusCode()).as("staff of the organisation")
                .isEqualTo(200);
    }

    @Test
    void nobodyOutsideTheConversationAndItsOrganisationReachesAFile() {
        long id = uploaded(chat.customer().upload("passport.png", PNG)).getJsonNumber("id").longValue();
        var otherChat = ActiveChat.open(org, "{\"attachmentsAllowed\":true}");
        var stranger = TestOrganisation.create("Files stranger");

        assertThat(otherChat.customer().download(id).statusCode()).as("another customer").isEqualTo(404);
        assertThat(stranger.admin().download("agent/attachments/" + id).statusCode()).as("another organisation")
                .isEqualTo(404);
        assertThat(new StaffClient().download("agent/attachments/" + id).statusCode()).as("signed out: sent to the login")
                .isIn(302, 401, 403);
        try (var otherWidget = otherChat.customerLine(0)) {
            otherWidget.send(customerSend(clientId(), "Mine now", Json.createArrayBuilder().add(id)));
            assertThat(otherWidget.next(frameType("error"), WAIT).getString("code")).isEqualTo("chat.attachment.unknown");
        }
    }

    @Test
    void refusedFilesAndMessagesChangeNothing() {
        var program = chat.customer().upload("invoice.pdf", windowsProgram());
        assertThat(program.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(program).getString("detail")).isEqualTo("Programs cannot be sent.");
        var empty = chat.customer().upload("nothing.txt", new byte[0]);
        assertThat(StaffClient.object(empty).getString("detail")).isEqualTo("The file is empty.");
        var tooBig = chat.customer().upload("video.mp4", new byte[20 * 1024 * 1024 + 1]);
        assertThat(tooBig.statusCode()).isEqualTo(413);
        assertThat(StaffClient.object(tooBig).getString("detail")).isEqualTo("A file can be at most 20 MB.");
        var justFits = chat.customer().upload("scan.pdf", new byte[20 * 1024 * 1024]);
        assertThat(justFits.statusCode()).isEqualTo(201);

        var six = Json.createArrayBuilder();
        for (int i = 0; i < 6; i++) {
            six.add(uploaded(chat.customer().upload("page" + i + ".png", PNG)).getJsonNumber("id").longValue());
        }
        long sent = uploaded(chat.customer().upload("sent.png", PNG)).getJsonNumber("id").longValue();
        try (var widget = chat.customerLine(0)) {
            widget.send(customerSend(clientId(), "All pages", six));
            assertThat(widget.next(frameType("error"), WAIT).getString("detail")).isEqualTo("A message can carry at most 5 files.");
            widget.send(customerSend(clientId(), "One", Json.createArrayBuilder().add(sent)));
            assertThat(widget.next(frameType("ack"), WAIT).getJsonNumber("seq").longValue())
                    .as("the refused message took no number").isEqualTo(2);
            widget.send(customerSend(clientId(), "Same file again", Json.createArrayBuilder().add(sent)));
            assertThat(widget.next(frameType("error"), WAIT).getString("code")).isEqualTo("chat.attachment.unknown");
            widget.send(customerSend(clientId(), "", Json.createArrayBuilder()));
            assertThat(widget.next(frameType("error"), WAIT).getString("code")).isEqualTo("chat.body.empty");
        }

        var closedToFiles = ActiveChat.open(org, "{\"attachmentsAllowed\":false}");
        var refused = closedToFiles.customer().upload("photo.png", PNG);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(refused).getString("detail")).isEqualTo("Files cannot be sent in this queue.");
        var agentRefused = closedToFiles.agent().upload("agent/attachments?conversationId="
                + closedToFiles.conversationId() + "&name=a.pdf", PDF);
        assertThat(agentRefused.statusCode()).isEqualTo(409);
    }

    private static void assertSafeDownload(HttpResponse<byte[]> download, String name) {
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains(name.replaceAll("[^A-Za-z0-9._ -]", "_"));
        assertThat(download.headers().allValues("Content-Security-Policy")).as("one policy, with the sandbox")
                .hasSize(1).allSatisfy(policy -> assertThat(policy).contains("sandbox", "frame-ancestors 'none'"));
    }

    /** The start of a Windows program (an "MZ" header and a PE signature), whatever it is called. */
    private static byte[] windowsProgram() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        return bytes;
    }

    private static JsonObject uploaded(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response);
    }

    private static String customerSend(String clientId, String body, JsonArrayBuilder attachments) {
        return Json.createObjectBuilder().add("type", "send").add("clientId", clientId).add("body", body)
                .add("attachments", attachments).build().toString();
    }

    private String agentSend(String clientId, String body, boolean staffOnly, JsonArrayBuilder attachments) {
        return Json.createObjectBuilder().add("type", "send").add("conversationId", chat.conversationId())
                .add("clientId", clientId).add("body", body).add("private", staffOnly)
                .add("attachments", attachments).build().toString();
    }
}
