package io.tiski.testsupport;

import java.util.concurrent.ThreadLocalRandom;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A customer as the widget speaks for them: the public API, no cookies, a token once started. */
public final class Customer {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final String startKey = UUID.randomUUID().toString().replace("-", "");
    private volatile URI base;
    private String token;
    private String site;
    // Each customer comes from an address of their own, as real ones do: the server trusts the
    // X-Forwarded-For of a proxy on its loopback address (TISKI_TRUSTED_PROXIES), as it would the
    // enterprise's reverse proxy, so limits per client address apply per customer here too.
    private String address = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
            + "." + (1 + ThreadLocalRandom.current().nextInt(254));

    public Customer() {
        this(TestServer.baseUri());
    }

    /** Talks to another server than the one under test (see {@link SecondServer}). */
    public Customer(URI base) {
        this.base = base;
    }

    /** From now on through this server, as a load balancer would send the widget elsewhere. */
    public void via(URI otherServer) {
        this.base = otherServer;
    }

    /** From now on from this client address (as the trusted proxy forwards it). */
    public Customer from(String clientAddress) {
        this.address = clientAddress;
        return this;
    }

    public String address() {
        return address;
    }

    /** From now on as a browser on a page of this site (the Origin header), e.g. https://shop.example. */
    public void onSite(String origin) {
        this.site = origin;
    }

    public String startKey() {
        return startKey;
    }

    public String token() {
        return token;
    }

    public void useToken(String forgedOrOld) {
        this.token = forgedOrOld;
    }

    /** Starts a chat in the queue; keeps the token when the answer has one. */
    public HttpResponse<String> start(long queueId, String name) {
        var response = send("POST", "conversations",
                "{\"queueId\":" + queueId + ",\"startKey\":\"" + startKey + "\",\"name\":\"" + name + "\",\"language\":\"fi-FI\","
                        + "\"page\":\"https://shop.example/cart\",\"referrer\":\"https://search.example/?q=shoes\"}");
        if (response.statusCode() < 300) {
            token = StaffClient.object(response).getString("token");
        }
        return response;
    }

    /** Starts a chat as the widget's form does when the customer gives a phone and an e-mail (either may be null). */
    public HttpResponse<String> start(long queueId, String name, String phone, String email) {
        var json = jakarta.json.Json.createObjectBuilder().add("queueId", queueId).add("startKey", startKey)
                .add("name", name).add("language", "fi-FI");
        if (phone != null) {
            json.add("phone", phone);
        }
        if (email != null) {
            json.add("email", email);
        }
        var response = send("POST", "conversations", json.build().toString());
        if (response.statusCode() < 300) {
            token = StaffClient.object(response).getString("token");
        }
        return response;
    }

    public JsonObject conversation() {
        var response = send("GET", "conversation", null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Conversation answered " + response.statusCode() + ": " + response.body());
        }
        return StaffClient.object(response);
    }

    public HttpResponse<String> send(String method, String path, String json) {
        var request = request(path);
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return exchange(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads a file as the widget does: the bytes as the body, the name in the address. */
    public HttpResponse<String> upload(String name, byte[] content) {
        var request = request("conversation/attachments?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return exchange(request, HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<byte[]> download(long attachmentId) {
        return exchange(request("conversation/attachments/" + attachmentId).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(base.resolve("api/public/" + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("User-Agent", "TiskiTest/1.0 (X11; Linux)")
                .header("X-Forwarded-For", address);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (site != null) {
            request.header("Origin", site);
        }
        return request;
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> answer) {
        try {
            return HTTP.send(request.build(), answer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
