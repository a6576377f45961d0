package io.tiski.testsupport;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * Staff of a test's own in the demo organisation "Demo" (whose page is widget/demo.html): an admin
 * and two agents, "Aino Agent" and "Bertil Agent", handling Sales and Support, all with
 * {@link TestOrganisation#PASSWORD}. The demo's own logins (admin, aino, bertil) must replace their
 * published passwords at their first login, so tests never use them for anything else.
 */
public record DemoStaff(String adminUsername, String ainoUsername, String bertilUsername) {

    public static DemoStaff create() {
        String prefix = "demo" + UUID.randomUUID().toString().substring(0, 8);
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            TestServer.baseUri().resolve("test-fixtures/demo-staff?prefix=" + prefix))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Demo staff fixture answered " + response.statusCode());
            }
            var json = StaffClient.object(response);
            return new DemoStaff(json.getString("admin"), json.getString("aino"), json.getString("bertil"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public StaffClient admin() {
        return StaffClient.loggedIn(adminUsername, TestOrganisation.PASSWORD);
    }

    public StaffClient aino() {
        return StaffClient.loggedIn(ainoUsername, TestOrganisation.PASSWORD);
    }

    public StaffClient bertil() {
        return StaffClient.loggedIn(bertilUsername, TestOrganisation.PASSWORD);
    }
}
