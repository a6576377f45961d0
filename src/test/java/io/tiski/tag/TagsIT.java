package io.tiski.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.organisation.entity.Role;
import io.tiski.testsupport.AtOnce;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conversation tags through the API: the desk's calls (/api/agent/tags, /api/agent/conversations/{id}/tags)
 * and keeping the tag list (/api/tags), with what bad input and other organisations' ids leave unchanged.
 */
class TagsIT {

    private TestOrganisation org;
    private StaffClient admin;
    private StaffClient agent;
    private long conversation;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Tags");
        admin = org.admin();
        agent = org.agent();
        // The fixture's customer waiting in the busy queue, which the agent handles.
        conversation = StaffClient.array(agent.api("GET", "agent/waiting", null)).getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    @Test
    void agentAddsAndRemovesTagsAlsoAfterTheChatEnded() {
        long sales = createTag("Sales", "#43a047");
        long billing = createTag("Billing", "#1E88E5");

        assertThat(StaffClient.array(agent.api("GET", "agent/tags", null))).as("by name, colours in lower case")
                .containsExactly(tag(billing, "Billing", "#1e88e5", false), tag(sales, "Sales", "#43a047", false));

        var added = tagOnConversation("PUT", billing);
        assertThat(added.statusCode()).isEqualTo(200);
        assertThat(names(added)).containsExactly("Billing");
        assertThat(names(tagOnConversation("PUT", billing))).as("adding again changes nothing").containsExactly("Billing");
        assertThat(AtOnce.run(8, () -> tagOnConversation("PUT", sales).statusCode())).as("8 agents adding one tag at once").containsOnly(200);
        assertThat(names(agent.api("GET", conversationTags(), null))).containsExactly("Billing", "Sales");

        agent.api("PUT", "agent/presence", "{\"presence\":\"ONLINE\"}");
        assertThat(agent.api("POST", "agent/waiting/" + conversation + "/pick", null).statusCode()).isEqualTo(200);
        assertThat(agent.api("POST", "agent/conversations/" + conversation + "/end", null).statusCode()).isEqualTo(200);

        var removed = tagOnConversation("DELETE", billing);
        assertThat(removed.statusCode()).isEqualTo(200);
        assertThat(names(removed)).containsExactly("Sales");
        assertThat(names(tagOnConversation("DELETE", billing))).as("removing again changes nothing").containsExactly("Sales");
        assertThat(names(tagOnConversation("PUT", billing))).as("tagged after the end").containsExactly("Billing", "Sales");
        assertThat(names(agent.api("GET", conversationTags(), null))).containsExactly("Billing", "Sales");
    }

    @Test
    void aRetiredTagStaysOnItsConversationsButCannotBeAdded() {
        long campaign = createTag("Spring campaign", null);
        tagOnConversation("PUT", campaign);

        var retired = StaffClient.object(admin.api("POST", "tags/" + campaign + "/retire", null));
        assertThat(retired.getBoolean("retired")).isTrue();

        assertThat(StaffClient.array(agent.api("GET", "agent/tags", null))).isEmpty();
        var kept = StaffClient.array(agent.api("GET", conversationTags(), null)).getJsonObject(0);
        assertThat(kept.getString("name")).isEqualTo("Spring campaign");
        assertThat(kept.getString("colour")).as("the default colour").isEqualTo("#1e88e5");
        assertThat(kept.getBoolean("retired")).isTrue();

        tagOnConversation("DELETE", campaign);
        var refused = tagOnConversation("PUT", campaign);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(StaffClient.object(refused).getString("detail"))
                .isEqualTo("Tag Spring campaign is retired and can no longer be put on conversations.");
        assertThat(StaffClient.array(agent.api("GET", conversationTags(), null))).isEmpty();

        admin.api("POST", "tags/" + campaign + "/restore", null);
        assertThat(names(tagOnConversation("PUT", campaign))).containsExactly("Spring campaign");
    }

    @Test
    void anotherOrganisationsTagsAndConversationsAreNotFound() {
        var other = TestOrganisation.create("Other tags");
        var otherAgent = other.agent();
        long otherConversation = StaffClient.array(otherAgent.api("GET", "agent/waiting", null)).getJsonObject(0)
                .getJsonNumber("id").longValue();
        long otherTag = StaffClient.object(other.admin().api("POST", "tags", "{\"name\":\"Theirs\"}"))
                .getJsonNumber("id").longValue();
        long ownTag = createTag("Ours", null);

        assertThat(tagOnConversation("PUT", otherTag).statusCode()).isEqualTo(404);
        assertThat(tagOnConversation("DELETE", otherTag).statusCode()).isEqualTo(404);
        String theirConversation = "agent/conversations/" + otherConversation + "/tags";
        assertThat(agent.api("PUT", theirConversation + "/" + ownTag, null).statusCode()).isEqualTo(404);
        assertThat(agent.api("GET", theirConversation, null).statusCode()).isEqualTo(404);
        assertThat(admin.api("PUT", "tags/" + otherTag, "{\"name\":\"Mine now\"}").statusCode()).isEqualTo(404);
        assertThat(admin.api("POST", "tags/" + otherTag + "/retire", null).statusCode()).isEqualTo(404);

        assertThat(StaffClient.array(agent.api("GET", conversationTags(), null))).isEmpty();
        assertThat(StaffClient.array(otherAgent.api("GET", theirConversation, null))).isEmpty();
        assertThat(StaffClient.array(otherAgent.api("GET", "agent/tags", null)).getJsonObject(0).getString("name"))
                .isEqualTo("Theirs");
    }

    @Test
    void badInputIsExplainedAndStoresNothing() {
        long billing = createTag("  Billing  ", "#1E88E5");

        var blank = admin.api("POST", "tags", "{\"name\":\"   \"}");
        var tooLong = admin.api("POST", "tags", "{\"name\":\"" + "x".repeat(41) + "\"}");
        var noName = admin.api("POST", "tags", "{\"colour\":\"#e53935\"}");
        var badColour = admin.api("POST", "tags", "{\"name\":\"Red\",\"colour\":\"red\"}");
        var shortColour = admin.api("POST", "tags", "{\"name\":\"Red\",\"colour\":\"#12345\"}");
        var styleInjection = admin.api("PUT", "tags/" + billing,
                "{\"name\":\"Billing\",\"colour\":\"#123456;background:url(x)\"}");
        var duplicate = admin.api("POST", "tags", "{\"name\":\"BILLING\"}");
        var zeroWidth = admin.api("POST", "tags", "{\"name\":\"Bil\\u200bling\"}");
        var reversed = admin.api("POST", "tags", "{\"name\":\"\\u202egnilliB\"}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(blank).getJsonObject("fields").getString("name"))
                .isEqualTo("Give the tag a name of 1 to 40 characters.");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(badColour.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(badColour).getJsonObject("fields").getString("colour"))
                .isEqualTo("“red” is not a colour code: use # and six hexadecimal digits, such as #1e88e5.");
        assertThat(shortColour.statusCode()).isEqualTo(400);
        assertThat(styleInjection.statusCode()).isEqualTo(400);
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(duplicate).getString("detail")).isEqualTo("There is already a tag called BILLING.");
        assertThat(zeroWidth.statusCode()).as("a look-alike with a zero-width space").isEqualTo(400);
        assertThat(StaffClient.object(zeroWidth).getJsonObject("fields").getString("name"))
                .isEqualTo("A name cannot hold invisible characters (zero-width or text-direction characters).");
        assertThat(reversed.statusCode()).as("a name shown backwards").isEqualTo(400);

        var tags = StaffClient.array(admin.api("GET", "tags", null));
        assertThat(tags).as("only the one good tag, unchanged").hasSize(1);
        assertThat(tags.getJsonObject(0).getString("name")).isEqualTo("Billing");
        assertThat(tags.getJsonObject(0).getString("colour")).isEqualTo("#1e88e5");
    }

    @Test
    void supervisorsKeepTheTagListAndAgentsCannot() {
        var supervisor = StaffClient.loggedIn(org.addStaff("supervisor", Role.SUPERVISOR), TestOrganisation.PASSWORD);

        var created = supervisor.api("POST", "tags", "{\"name\":\"<b>Urgent</b>\",\"colour\":\"#e53935\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        long id = StaffClient.object(created).getJsonNumber("id").longValue();
        var renamed = StaffClient.object(supervisor.api("PUT", "tags/" + id, "{\"name\":\"Urgent\"}"));
        assertThat(renamed.getString("name")).isEqualTo("Urgent");
        assertThat(renamed.getString("colour")).as("kept when left out").isEqualTo("#e53935");
        assertThat(supervisor.api("POST", "tags/" + id + "/retire", null).statusCode()).isEqualTo(200);
        assertThat(createTag("Taken", null)).isPositive();
        assertThat(supervisor.api("PUT", "tags/" + id, "{\"name\":\"taken\"}").statusCode()).isEqualTo(409);

        assertThat(agent.api("POST", "tags", "{\"name\":\"Mine\"}").statusCode()).isEqualTo(403);
        assertThat(agent.api("PUT", "tags/" + id, "{\"name\":\"Mine\"}").statusCode()).isEqualTo(403);
        assertThat(agent.api("POST", "tags/" + id + "/restore", null).statusCode()).isEqualTo(403);
        assertThat(agent.api("GET", "tags", null).statusCode()).isEqualTo(403);

        assertThat(supervisor.get("admin/tags.xhtml").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("admin/queues.xhtml").statusCode()).as("no other admin page").isEqualTo(403);
        assertThat(supervisor.get("admin/users.xhtml").statusCode()).isEqualTo(403);
        assertThat(agent.get("admin/tags.xhtml").statusCode()).isEqualTo(403);

        supervisor.api("PUT", "tags/" + id, "{\"name\":\"<b>Urgent</b>\"}");
        assertThat(supervisor.get("admin/tags.xhtml").body()).as("names are escaped where shown")
                .doesNotContain("<b>Urgent</b>").contains("&lt;b&gt;Urgent&lt;/b&gt;");
    }

    private long createTag(String name, String colour) {
        String json = colour == null ? "{\"name\":\"" + name + "\"}"
                : "{\"name\":\"" + name + "\",\"colour\":\"" + colour + "\"}";
        var response = admin.api("POST", "tags", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return StaffClient.object(response).getJsonNumber("id").longValue();
    }

    private String conversationTags() {
        return "agent/conversations/" + conversation + "/tags";
    }

    /** The agent adds (PUT) or removes (DELETE) a tag on the conversation. */
    private HttpResponse<String> tagOnConversation(String method, long tagId) {
        return agent.api(method, conversationTags() + "/" + tagId, null);
    }

    private static JsonObject tag(long id, String name, String colour, boolean retired) {
        return Json.createObjectBuilder().add("id", id).add("name", name).add("colour", colour).add("retired", retired)
                .build();
    }

    private static List<String> names(HttpResponse<String> response) {
        return StaffClient.array(response).getValuesAs(JsonObject.class).stream().map(tag -> tag.getString("name"))
                .toList();
    }
}
