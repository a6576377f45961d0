package io.tiski.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A staff member's browser session without the browser: keeps cookies, logs in through the real
 * login form and calls pages and the API. Redirects are not followed, so tests can check them.
 */
public final class StaffClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** What the desk's script sends with every API call, to prove it is Tiski's own page (CSRF). */
    public static final String TISKI_REQUEST = "X-Tiski-Request";

    private static final Pattern PAGE_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    public StaffClient() {
        this(TestServer.baseUri());
    }

    /** A session with another server than the one under test (see {@link SecondServer}). */
    public StaffClient(URI base) {
        this.base = base;
    }

    public static StaffClient loggedIn(String username, String password) {
        return loggedIn(TestServer.baseUri(), username, password);
    }

    public static StaffClient loggedIn(URI base, String username, String password) {
        var client = new StaffClient(base);
        var response = client.login(username, password);
        if (response.statusCode() != 302) {
            throw new IllegalStateException("Login of " + username + " failed: " + response.statusCode());
        }
        return client;
    }

    /**
     * Fills in and posts the login form as the page's script does; answers the server's reply to the
     * post. The page's script adds the nonce of the page's Content-Security-Policy to every post
     * (PrimeFaces checks it), so this does too.
     */
    public HttpResponse<String> login(String username, String password) {
        return submit("login.xhtml", get("login.xhtml"), Map.of(
                "loginForm", "loginForm",
                "loginForm:username", username,
                "loginForm:password", password,
                "loginForm:submit", ""));
    }

    /**
     * Posts a form of a page fetched before, as the page's script does: the fields given, plus the
     * page's view state and the nonce of its Content-Security-Policy (PrimeFaces checks it when it
     * shows the page again). Answers the server's reply to the post.
     */
    public HttpResponse<String> submit(String path, HttpResponse<String> page, Map<String, String> fields) {
        var viewState = VIEW_STATE.matcher(page.body());
        var nonce = PAGE_NONCE.matcher(page.body());
        if (!viewState.find() || !nonce.find()) {
            throw new IllegalStateException("No form to post on " + page.uri() + " (" + page.statusCode() + ")");
        }
        var all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState.group(1).replace("&#58;", ":"));
        all.put("primefaces.nonce", nonce.group(1));
        return postForm(path, all);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A JSON API call; {@code json} may be null for a request without a body. */
    public HttpResponse<String> api(String method, String path, String json) {
        var request = HttpRequest.newBuilder(base.resolve("api/" + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header(TISKI_REQUEST, "1");
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return send(request);
    }

    /**
     * A request with this session's cookie and only the headers given (not even
     * {@value #TISKI_REQUEST}), as a page of another site could make it; {@code body} may be null.
     */
    public HttpResponse<String> request(String method, String path, Map<String, String> headers, String body) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request);
    }

    /** Sends a file as the request body, as the desk uploads an attachment. */
    public HttpResponse<String> upload(String path, byte[] content) {
        return send(HttpRequest.newBuilder(base.resolve("api/" + path))
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Content-Type", "application/octet-stream")
                .header(TISKI_REQUEST, "1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)), HttpResponse.BodyHandlers.ofString());
    }

    /** The bytes and headers of an API answer, e.g. a downloaded attachment. */
    public HttpResponse<byte[]> download(String path) {
        return send(HttpRequest.newBuilder(base.resolve("api/" + path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The session's cookies as a Cookie header, for a WebSocket handshake (see {@link LiveLine}). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(base).stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    public URI base() {
        return base;
    }

    /** Keeps a cookie as if the server had set it, e.g. a load balancer's stickiness cookie ({@link LoadBalancer}). */
    public void withCookie(String name, String value) {
        var cookie = new HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    public static JsonObject object(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    public static JsonArray array(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> answer) {
        try {
            return http.send(request.build(), answer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
