package io.tiski.reply;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.AtOnce;
import io.tiski.testsupport.Customer;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Canned replies through the desk's API (/api/agent/replies) and the admin API (/api/replies):
 * which replies an agent may use where, whose replies one may change, what bad or duplicate input
 * leaves unchanged, and which language version the desk gets for a conversation's customer.
 */
class CannedRepliesIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Replies");
        admin = org.admin();
        agent = org.agent();
    }

    @Test
    void ownRepliesComeFirstThenTheSharedOnesOfTheConversationsQueueWhileItExists() {
        created(shared(null, "hello"));
        long forBusy = created(shared(org.busyQueueId(), "busy-only"));
        created(shared(org.emptyQueueId(), "empty-only"));
        long ownHello = created(own(agent, "Hello"));
        created(own(agent, "mine"));
        long conversation = firstWaitingConversation(agent, org);

        var inConversation = agent.api("GET", "agent/replies?conversation=" + conversation, null);
        var everywhere = agent.api("GET", "agent/replies", null);

        assertThat(inConversation.statusCode()).isEqualTo(200);
        assertThat(listed(inConversation)).as("the fixture's conversation waits in the busy queue")
                .containsExactly("own hello", "own mine", "shared busy-only", "shared hello");
        assertThat(listed(everywhere)).containsExactly("own hello", "own mine", "shared busy-only", "shared empty-only",
                "shared hello");
        var replies = StaffClient.array(inConversation);
        assertThat(replies.getJsonObject(0)).isEqualTo(Json.createObjectBuilder().add("id", ownHello)
                .add("keyword", "hello").add("own", true).addNull("queueId").add("text", "Text of Hello")
                .add("title", "Title of Hello").addNull("language").addNull("versions").build());
        assertThat(replies.getJsonObject(2).getJsonNumber("queueId").longValue()).isEqualTo(org.busyQueueId());
        assertThat(replies.getJsonObject(2).getJsonNumber("id").longValue()).isEqualTo(forBusy);

        assertThat(admin.api("DELETE", "queues/" + org.emptyQueueId(), null).statusCode())
                .as("a queue with replies scoped to it can still be deleted").isEqualTo(204);
        assertThat(listed(agent.api("GET", "agent/replies", null)))
                .as("its replies went with it").containsExactly("own hello", "own mine", "shared busy-only", "shared hello");
    }

    @Test
    void anotherAgentNeitherSeesNorChangesMyReplies() {
        long mine = created(own(agent, "mine"));
        long shared = created(shared(null, "hello"));
        var colleague = colleague();

        assertThat(listed(colleague.api("GET", "agent/replies", null))).containsExactly("shared hello");
        assertThat(colleague.api("PUT", "agent/replies/" + mine, body("stolen", "Stolen", "Mine now", null))
                .statusCode()).isEqualTo(404);
        assertThat(colleague.api("DELETE", "agent/replies/" + mine, null).statusCode()).isEqualTo(404);
        assertThat(admin.api("PUT", "replies/" + mine, body("stolen", "Stolen", "Mine now", null)).statusCode())
                .as("an own reply is not the admin's to change").isEqualTo(404);
        assertThat(agent.api("PUT", "agent/replies/" + shared, body("hello", "Changed", "Changed", null))
                .statusCode()).as("organisation-wide replies are changed by admins only").isEqualTo(404);
        assertThat(agent.api("DELETE", "agent/replies/" + shared, null).statusCode()).isEqualTo(404);
        assertThat(agent.api("POST", "replies", body("mine-for-all", "Title", "Text", null)).statusCode())
                .as("the admin API is for admins").isEqualTo(403);
        assertThat(listed(agent.api("GET", "agent/replies", null))).containsExactly("own mine", "shared hello");
        assertThat(StaffClient.array(admin.api("GET", "replies", null)).getJsonObject(0).getString("title"))
                .isEqualTo("Title of hello");

        var changed = agent.api("PUT", "agent/replies/" + mine, body("mine", "New title", "New text", null));
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(StaffClient.object(changed).getString("text")).isEqualTo("New text");
        assertThat(agent.api("DELETE", "agent/replies/" + mine, null).statusCode()).isEqualTo(204);
        assertThat(listed(agent.api("GET", "agent/replies", null))).containsExactly("shared hello");
    }

    @Test
    void anotherOrganisationsConversationsQueuesAndRepliesAreNotFound() {
        var other = TestOrganisation.create("Replies other");
        var otherAdmin = other.admin();
        created(shared(null, "ours"));
        long theirConversation = firstWaitingConversation(other.agent(), other);

        var response = agent.api("GET", "agent/replies?conversation=" + theirConversation, null);
        var scopedToTheirQueue = admin.api("POST", "replies", body("theirs", "Theirs", "Theirs", other.busyQueueId()));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(StaffClient.object(response).getString("detail")).isEqualTo("There is no such conversation.");
        assertThat(scopedToTheirQueue.statusCode()).isEqualTo(404);
        assertThat(StaffClient.array(otherAdmin.api("GET", "replies", null))).isEmpty();
        assertThat(StaffClient.array(other.agent().api("GET", "agent/replies", null))).isEmpty();
        assertThat(listed(admin.api("GET", "replies", null))).containsExactly("shared ours");
    }

    @Test
    void badInputIsExplainedAndNothingIsStored() {
        var twoWords = agent.api("POST", "agent/replies", body("two words", "Title", "Text", null));
        var withSlash = agent.api("POST", "agent/replies", body("/hello", "Title", "Text", null));
        var tooLong = agent.api("POST", "agent/replies", body("k".repeat(33), "Title", "Text", null));
        var noTitle = agent.api("POST", "agent/replies", body("hello", "  ", "Text", null));
        var textTooLong = agent.api("POST", "agent/replies", body("hello", "Title", "x".repeat(4001), null));
        var emptyObject = agent.api("POST", "agent/replies", "{}");
        var sharedBadKeyword = admin.api("POST", "replies", body("ä", "Title", "Text", org.busyQueueId()));

        assertThat(List.of(twoWords, withSlash, tooLong, noTitle, textTooLong, emptyObject, sharedBadKeyword))
                .extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(StaffClient.object(twoWords).getJsonObject("fields").getString("keyword"))
                .isEqualTo("Use 1 to 32 letters a-z, digits, - or _ for the keyword (without the /).");
        assertThat(StaffClient.object(noTitle).getJsonObject("fields").getString("title"))
                .isEqualTo("Give the reply a title of 1 to 100 characters.");
        assertThat(StaffClient.object(textTooLong).getJsonObject("fields").getString("text"))
                .isEqualTo("Write the text of the reply, 1 to 4,000 characters.");
        assertThat(StaffClient.array(agent.api("GET", "agent/replies", null))).isEmpty();

        long kept = created(own(agent, "kept"));
        assertThat(agent.api("PUT", "agent/replies/" + kept, body("kept", "New title", "", null)).statusCode())
                .isEqualTo(400);
        assertThat(listed(agent.api("GET", "agent/replies", null))).containsExactly("own kept");
        assertThat(StaffClient.array(agent.api("GET", "agent/replies", null)).getJsonObject(0).getString("title"))
                .as("a refused change changes nothing").isEqualTo("Title of kept");
    }

    @Test
    void aKeywordIsTakenOncePerScopeIgnoringCase() {
        created(own(agent, "Hello"));
        long other = created(own(agent, "other"));
        var sameAgainInCapitals = own(agent, "HELLO");
        var renamedOntoIt = agent.api("PUT", "agent/replies/" + other, body("hello", "Title", "Text", null));
        created(shared(null, "hello"));
        var sharedAgain = shared(org.busyQueueId(), "HeLLo");
        created(own(admin, "hello"));

        assertThat(sameAgainInCapitals.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(sameAgainInCapitals).getString("detail"))
                .isEqualTo("The keyword /hello is already in use.");
        assertThat(renamedOntoIt.statusCode()).isEqualTo(409);
        assertThat(sharedAgain.statusCode()).as("one organisation-wide keyword, whatever the queues").isEqualTo(409);
        assertThat(listed(agent.api("GET", "agent/replies", null)))
                .containsExactly("own hello", "own other", "shared hello");
    }

    @Test
    void simultaneousCreatesOfOneKeywordStoreExactlyOne() {
        int attempts = 8;

        var statuses = AtOnce.run(attempts, () -> own(agent, "rush").statusCode());

        assertThat(statuses).as("%d simultaneous creates", attempts).containsOnly(201, 409);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(listed(agent.api("GET", "agent/replies", null))).containsExactly("own rush");
    }

    @Test
    void repliesAreEscapedInTheAdminScreen() {
        String markup = "<script>alert('x')</script>";
        assertThat(admin.api("POST", "replies", body("markup", markup, markup, null)).statusCode()).isEqualTo(201);

        var page = admin.get("admin/replies.xhtml").body();

        assertThat(page).contains("/markup").doesNotContain(markup).contains("&lt;script&gt;");
    }

    @Test
    void theDeskGetsEachReplyInTheVersionForTheCustomersLanguageElseTheDefault() {
        var hello = admin.api("POST", "replies", withVersions("hello", "Hello!", "en",
                version("sv", " Hej! "), version("fi", "Hei!")));
        long helloId = created(hello);
        created(agent.api("POST", "agent/replies", withVersions("bye", "Bye!", null, version("cs", "Na shledanou!"))));
        long finnish = waitingConversationOf("fi-FI");
        long czech = waitingConversationOf("cs");
        long unknown = firstWaitingConversation(agent, org);

        assertThat(StaffClient.object(hello).getString("language")).isEqualTo("en");
        assertThat(versions(StaffClient.object(hello))).as("in Tiski's order of languages, stripped")
                .containsExactly("fi Hei!", "sv Hej!");
        assertThat(chosen(finnish)).containsExactly("bye Bye! null", "hello Hei! fi");
        assertThat(chosen(czech)).containsExactly("bye Na shledanou! cs", "hello Hello! en");
        assertThat(chosen(unknown)).as("a customer of no known language").containsExactly("bye Bye! null", "hello Hello! en");
        assertThat(StaffClient.array(agent.api("GET", "agent/replies?conversation=" + finnish, null)).getJsonObject(1)
                .isNull("versions")).as("a reply for a conversation is what the desk puts in the chat").isTrue();

        var rewritten = admin.api("PUT", "replies/" + helloId, withVersions("hello", "Hello again!", "en",
                version("fi", "Hei taas!"), version("cs", "Ahoj!")));

        assertThat(rewritten.statusCode()).as(rewritten.body()).isEqualTo(200);
        assertThat(versions(StaffClient.array(admin.api("GET", "replies", null)).getJsonObject(0)))
                .as("a version changed, one removed, one added").containsExactly("fi Hei taas!", "cs Ahoj!");
        assertThat(chosen(czech)).containsExactly("bye Na shledanou! cs", "hello Ahoj! cs");
        assertThat(admin.api("PUT", "replies/" + helloId, body("hello", "Hello", "Hello!", null)).statusCode())
                .isEqualTo(200);
        assertThat(chosen(finnish)).as("a change without versions leaves one text").containsExactly(
                "bye Bye! null", "hello Hello! null");
    }

    @Test
    void badVersionsAreExplainedInTheCallersLanguageAndChangeNothing() {
        long id = created(admin.api("POST", "replies", withVersions("hello", "Hello!", "en", version("fi", "Hei!"))));

        var twice = admin.api("PUT", "replies/" + id, withVersions("hello", "Hello!", null,
                version("sv", "Hej!"), version("SV", "Hejsan!")));
        var sameAsDefault = admin.api("PUT", "replies/" + id, withVersions("hello", "Hello!", "fi", version("fi", "Hei!")));
        var unknownLanguage = admin.api("PUT", "replies/" + id, withVersions("hello", "Hello!", "en", version("de", "Hallo!")));
        var badDefaultLanguage = admin.api("PUT", "replies/" + id, withVersions("hello", "Hello!", "klingon"));
        var noText = admin.api("PUT", "replies/" + id, withVersions("hello", "Hello!", "en", version("sv", "  ")));
        var tooLongInFinnish = admin.request("PUT", "api/replies/" + id, Map.of("Accept-Language", "fi",
                        "Content-Type", "application/json", StaffClient.TISKI_REQUEST, "1"),
                withVersions("hello", "Hello!", "en", version("sv", "x".repeat(4001))));
        var ownTwice = agent.api("POST", "agent/replies", withVersions("mine", "Mine", "cs", version("cs", "Moje")));

        assertThat(List.of(twice, sameAsDefault, unknownLanguage, badDefaultLanguage, noText, tooLongInFinnish, ownTwice))
                .extracting(HttpResponse::statusCode).containsOnly(400);
        assertThat(field(twice, "versions")).isEqualTo("Keep one text per language: Swedish is there twice.");
        assertThat(field(sameAsDefault, "versions")).isEqualTo("Keep one text per language: Finnish is there twice.");
        assertThat(field(ownTwice, "versions")).isEqualTo("Keep one text per language: Czech is there twice.");
        assertThat(field(unknownLanguage, "versions")).isEqualTo("Choose one of the languages in the list.");
        assertThat(field(badDefaultLanguage, "language")).isEqualTo("Choose one of the languages in the list.");
        assertThat(field(noText, "versions")).isEqualTo("Version in Swedish: write its text, 1 to 4,000 characters.");
        assertThat(field(tooLongInFinnish, "versions")).startsWith("Kieliversio (ruotsi): kirjoita teksti, 1–4");
        var stored = StaffClient.array(admin.api("GET", "replies", null)).getJsonObject(0);
        assertThat(stored.getString("language")).isEqualTo("en");
        assertThat(versions(stored)).as("a refused change changes nothing").containsExactly("fi Hei!");
        assertThat(StaffClient.array(agent.api("GET", "agent/replies", null)).size()).isEqualTo(1);
    }

    private HttpResponse<String> own(StaffClient who, String keyword) {
        return who.api("POST", "agent/replies", body(keyword, "Title of " + keyword, "Text of " + keyword, null));
    }

    private HttpResponse<String> shared(Long queueId, String keyword) {
        return admin.api("POST", "replies", body(keyword, "Title of " + keyword, "Text of " + keyword, queueId));
    }

    private static String body(String keyword, String title, String text, Long queueId) {
        var json = Json.createObjectBuilder().add("keyword", keyword).add("title", title).add("text", text);
        if (queueId != null) {
            json.add("queueId", queueId);
        }
        return json.build().toString();
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response).getJsonNumber("id").longValue();
    }

    /** "own hello", "shared hello", ... in the order answered. */
    private static List<String> listed(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StaffClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(reply -> (reply.getBoolean("own") ? "own " : "shared ") + reply.getString("keyword"))
                .toList();
    }

    private static JsonObject version(String language, String text) {
        return Json.createObjectBuilder().add("language", language).add("text", text).build();
    }

    /** A reply of every queue with a default text in {@code language} (null: not said) and versions. */
    private static String withVersions(String keyword, String text, String language, JsonObject... versions) {
        var json = Json.createObjectBuilder().add("keyword", keyword).add("title", "Title of " + keyword).add("text", text)
                .add("versions", Json.createArrayBuilder(List.of(versions)));
        if (language != null) {
            json.add("language", language);
        }
        return json.build().toString();
    }

    /** "fi Hei!", ... : a reply's versions as answered. */
    private static List<String> versions(JsonObject reply) {
        return reply.getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .map(version -> version.getString("language") + " " + version.getString("text")).toList();
    }

    /** "hello Hei! fi", ... : the keyword, text and language of each reply the desk gets for the conversation. */
    private List<String> chosen(long conversationId) {
        var response = agent.api("GET", "agent/replies?conversation=" + conversationId, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return StaffClient.array(response).getValuesAs(JsonObject.class).stream()
                .map(reply -> reply.getString("keyword") + " " + reply.getString("text") + " "
                        + (reply.isNull("language") ? "null" : reply.getString("language")))
                .toList();
    }

    private static String field(HttpResponse<String> response, String field) {
        return StaffClient.object(response).getJsonObject("fields").getString(field);
    }

    /** A new customer whose widget said this language, waiting in the empty queue (opened, for the agent). */
    private long waitingConversationOf(String language) {
        admin.api("POST", "queues/" + org.emptyQueueId() + "/open", null);
        admin.api("PUT", "queues/" + org.emptyQueueId() + "/handlers", "[" + org.agentId() + "]");
        var customer = new Customer();
        String name = "Customer " + language + " " + org.organisationId();
        var started = customer.send("POST", "conversations", Json.createObjectBuilder().add("queueId", org.emptyQueueId())
                .add("startKey", customer.startKey()).add("name", name).add("language", language).build().toString());
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        JsonArray waiting = StaffClient.array(agent.api("GET", "agent/waiting", null));
        return waiting.getValuesAs(JsonObject.class).stream().filter(each -> name.equals(each.getString("customerName", null)))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The fixture's waiting customer, in the busy queue the organisation's agent handles. */
    private static long firstWaitingConversation(StaffClient handler, TestOrganisation of) {
        var waiting = StaffClient.array(handler.api("GET", "agent/waiting", null)).getJsonObject(0);
        assertThat(waiting.getJsonNumber("queueId").longValue()).isEqualTo(of.busyQueueId());
        return waiting.getJsonNumber("id").longValue();
    }

    /** A second agent of the organisation. */
    private StaffClient colleague() {
        String prefix = "colleague" + org.organisationId();
        org.onlineAgents(org.busyQueueId(), prefix, 1);
        return StaffClient.loggedIn(prefix + "-1", TestOrganisation.PASSWORD);
    }
}
