package io.tiski.queue;

import static org.assertj.core.api.Assertions.assertThat;

import io.tiski.testsupport.AtOnce;
import io.tiski.testsupport.StaffClient;
import io.tiski.testsupport.TestOrganisation;
import io.tiski.testsupport.TestServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Queue administration through the API: what changes, and what bad input leaves unchanged. */
class QueueAdminIT {

    private TestOrganisation org;
    private StaffClient admin;

    @BeforeEach
    void organisation() {
        org = TestOrganisation.create("Queues");
        admin = org.admin();
    }

    @Test
    void createRenameConfigureOpenCloseAndDelete() {
        var created = admin.api("POST", "queues", "{\"name\":\"  Billing  \",\"maxChatsPerAgent\":5}");
        assertThat(created.statusCode()).isEqualTo(201);
        var queue = StaffClient.object(created);
        long id = queue.getJsonNumber("id").longValue();
        assertThat(queue.getString("name")).isEqualTo("Billing");
        assertThat(queue.getInt("maxChatsPerAgent")).isEqualTo(5);
        assertThat(queue.getBoolean("open")).isFalse();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/queues/" + id));

        var renamed = StaffClient.object(admin.api("PUT", "queues/" + id, "{\"name\":\"Invoices\",\"attachmentsAllowed\":true}"));
        assertThat(renamed.getString("name")).isEqualTo("Invoices");
        assertThat(renamed.getBoolean("attachmentsAllowed")).isTrue();
        assertThat(renamed.getInt("maxChatsPerAgent")).isEqualTo(5);

        assertThat(StaffClient.object(admin.api("POST", "queues/" + id + "/open", null)).getBoolean("open")).isTrue();
        assertThat(StaffClient.object(admin.api("POST", "queues/" + id + "/close", null)).getBoolean("open")).isFalse();

        var handlers = StaffClient.object(admin.api("PUT", "queues/" + id + "/handlers", "[" + org.agentId() + "]"));
        assertThat(handlers.getJsonArray("handlerIds").getJsonNumber(0).longValue()).isEqualTo(org.agentId());

        assertThat(admin.api("DELETE", "queues/" + id, null).statusCode()).isEqualTo(204);
        assertThat(admin.api("GET", "queues/" + id, null).statusCode()).isEqualTo(404);
    }

    @Test
    void duplicateNameIsRefusedIgnoringCase() {
        var response = admin.api("POST", "queues", "{\"name\":\"" + org.name().toUpperCase() + " EMPTY\"}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(StaffClient.object(response).getString("detail")).startsWith("There is already a queue called");
        assertThat(queueCount()).isEqualTo(2);
    }

    @Test
    void concurrentCreatesOfOneNameMakeExactlyOneQueue() {
        int attempts = 12;
        var statuses = AtOnce.run(attempts, () -> admin.api("POST", "queues", "{\"name\":\"Rush hour\"}").statusCode());

        assertThat(statuses).as("%d simultaneous creates", attempts).containsOnly(201, 409);
        assertThat(statuses.stream().filter(status -> status == 201).count()).isEqualTo(1);
        assertThat(queueCount()).isEqualTo(3);
    }

    @Test
    void badInputIsExplainedAndChangesNothing() {
        var blank = admin.api("POST", "queues", "{\"name\":\"   \"}");
        var tooBusy = admin.api("POST", "queues", "{\"name\":\"Fine name\",\"maxChatsPerAgent\":0}");
        var renameTooLong = admin.api("PUT", "queues/" + org.emptyQueueId(), "{\"name\":\"" + "x".repeat(81) + "\"}");
        var noName = admin.api("POST", "queues", "{}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(blank).getJsonObject("fields").getString("name"))
                .isEqualTo("Give the queue a name of 1 to 80 characters.");
        assertThat(tooBusy.statusCode()).isEqualTo(400);
        assertThat(StaffClient.object(tooBusy).getString("detail")).isEqualTo("Max chats per agent must be from 1 to 20.");
        assertThat(renameTooLong.statusCode()).isEqualTo(400);
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(queueCount()).as("the queue with a bad setting was not created half-way").isEqualTo(2);
        assertThat(StaffClient.object(admin.api("GET", "queues/" + org.emptyQueueId(), null)).getString("name"))
                .isEqualTo(org.name() + " empty");
    }

    @Test
    void queueWithConversationsCannotBeDeleted() {
        var response = admin.api("DELETE", "queues/" + org.busyQueueId(), null);

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(StaffClient.object(response).getString("detail"))
                .isEqualTo("Queue " + org.name() + " busy has one conversation and cannot be deleted; close it instead.");
        assertThat(admin.api("GET", "queues/" + org.busyQueueId(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void queueNamesAreEscapedWhereShown() {
        String name = "<script>alert('x')</script>";
        assertThat(admin.api("POST", "queues", "{\"name\":\"" + name + "\"}").statusCode()).isEqualTo(201);

        var page = admin.get("admin/queues.xhtml").body();

        assertThat(page).doesNotContain(name).contains("&lt;script&gt;");
    }

    private int queueCount() {
        return StaffClient.array(admin.api("GET", "queues", null)).size();
    }
}
