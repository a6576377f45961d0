package io.tiski.testsupport;

import io.tiski.testsupport.server.Fixtures;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

/**
 * A fresh organisation made by the test fixtures: an admin, an agent, an empty queue and a
 * queue with a waiting customer. Names are unique per call, so tests can run on a used database.
 */
public record TestOrganisation(String name, long organisationId, long adminId, long agentId, String adminUsername,
                               String agentUsername, long emptyQueueId, long busyQueueId) {

    public static final String PASSWORD = Fixtures.PASSWORD;

    public static TestOrganisation create(String namePrefix) {
        String name = namePrefix + " " + UUID.randomUUID().toString().substring(0, 8);
        var uri = TestServer.baseUri().resolve("test-fixtures/organisation?name="
                + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
        var json = StaffClient.object(post(uri));
        return new TestOrganisation(name, json.getJsonNumber("organisationId").longValue(),
                json.getJsonNumber("adminId").longValue(), json.getJsonNumber("agentId").longValue(),
                json.getString("adminUsername"), json.getString("agentUsername"),
                json.getJsonNumber("emptyQueueId").longValue(), json.getJsonNumber("busyQueueId").longValue());
    }

    public StaffClient admin() {
        return StaffClient.loggedIn(adminUsername, PASSWORD);
    }

    public StaffClient agent() {
        return StaffClient.loggedIn(agentUsername, PASSWORD);
    }

    /** {@code count} more online agents handling the queue; usernames {@code prefix-1 ... prefix-count}. */
    public List<Long> onlineAgents(long queueId, String prefix, int count) {
        var response = post(TestServer.baseUri().resolve("test-fixtures/agents?organisationId=" + organisationId
                + "&queueId=" + queueId + "&prefix=" + prefix + "&count=" + count));
        return StaffClient.array(response).getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
    }

    /** Adds a staff member with only {@code role} (password {@link #PASSWORD}); answers the username. */
    public String addStaff(String name, io.tiski.organisation.entity.Role role) {
        String username = adminUsername.replaceFirst("-admin$", "-" + name);
        post(TestServer.baseUri().resolve("test-fixtures/staff?organisationId=" + organisationId + "&username="
                + username + "&role=" + role));
        return username;
    }

    public void deactivate(String username) {
        post(TestServer.baseUri().resolve("test-fixtures/deactivate?username=" + username));
    }

    /** Gives the user exactly these roles, as an admin would in the users screen. */
    public void changeRoles(String username, io.tiski.organisation.entity.Role... roles) {
        post(TestServer.baseUri().resolve("test-fixtures/roles?username=" + username + "&roles="
                + java.util.Arrays.stream(roles).map(Enum::name).collect(java.util.stream.Collectors.joining(","))));
    }

    /** Sets a new password, as an admin would in the users screen. */
    public void resetPassword(String username, String password) {
        post(TestServer.baseUri().resolve("test-fixtures/password?username=" + username + "&password="
                + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The SMS service's password exactly as the database holds it (null for none), read by the fixtures. */
    public String storedSmsPassword() {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServer.baseUri()
                    .resolve("test-fixtures/sms-password?organisation=" + organisationId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var json = StaffClient.object(response);
            return json.isNull("stored") ? null : json.getString("stored");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the SMS service's password column as it is given, as a version before sealing stored it. */
    public void storeSmsPasswordAsIs(String stored) {
        post(TestServer.baseUri().resolve("test-fixtures/sms-password?organisation=" + organisationId + "&stored="
                + java.net.URLEncoder.encode(stored, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Moves the server's clock forward (or back to real time with null), then runs what the timers
     * run: the silent-customer sweep, the offer sweep, the schedule tick and the transcript mail retry. Answers what the sweep
     * did, e.g. {@code scheduleChanges}.
     */
    public static jakarta.json.JsonObject advanceClockAndSweep(Integer seconds) {
        post(TestServer.baseUri().resolve("test-fixtures/clock" + (seconds == null ? "" : "?advanceSeconds=" + seconds)));
        return sweep();
    }

    /**
     * Appends {@code count} customer messages at once to the conversation (every {@code privateEvery}-th
     * a private note; 0 for none); answers its new last number.
     */
    public static long manyMessages(long conversationId, int count, int privateEvery) {
        return StaffClient.object(post(TestServer.baseUri().resolve("test-fixtures/messages?conversation=" + conversationId
                + "&count=" + count + "&privateEvery=" + privateEvery))).getJsonNumber("lastSeq").longValue();
    }

    public static jakarta.json.JsonObject sweep() {
        return StaffClient.object(post(TestServer.baseUri().resolve("test-fixtures/sweep")));
    }

    /** How many times the server tried to mail the conversation's transcripts, failed tries included. */
    public static long transcriptAttempts(long conversationId) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestServer.baseUri()
                    .resolve("test-fixtures/transcript-attempts?conversation=" + conversationId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return StaffClient.object(response).getJsonNumber("attempts").longValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> post(URI uri) {
        try {
            var response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Fixture " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
