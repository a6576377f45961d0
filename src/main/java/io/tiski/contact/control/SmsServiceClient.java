package io.tiski.contact.control;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one HTTP client for every organisation's SMS service (Apache HttpClient, pooling connections
 * per host). Hosts are looked up once by {@link CheckedDnsResolver} and the connection goes to the
 * addresses it checked. No redirects (a service that redirects a POST is misconfigured, and
 * following it could send the text elsewhere), no retries (a POST might be sent twice), no cookies,
 * no proxy from system properties. Each exchange, from the lookup to the status line, has one
 * deadline: a service that drips its answer a byte at a time holds a request thread no longer.
 */
final class SmsServiceClient implements AutoCloseable {

    /** The answer did not come within the deadline. */
    static final class TooSlow extends InterruptedIOException {

        private static final long serialVersionUID = 1L;

        TooSlow(Duration timeout) {
            super("No answer within " + timeout);
        }
    }

    private final CloseableHttpClient http;
    private final Duration timeout;
    // Only cancels overdue exchanges (closing their socket); it runs no application code.
    private final ScheduledExecutorService deadlines;

    SmsServiceClient(CheckedDnsResolver resolver, Duration timeout) {
        this.timeout = timeout;
        var limit = Timeout.of(timeout);
        var connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setDnsResolver(resolver)
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(limit)
                        .setSocketTimeout(limit)
                        // A pooled connection the service has closed meanwhile would fail the POST,
                        // which is never retried: check before each reuse (a read of a millisecond).
                        .setValidateAfterInactivity(TimeValue.ZERO_MILLISECONDS)
                        .setTimeToLive(TimeValue.ofMinutes(1))
                        .build())
                .setMaxConnPerRoute(20)
                .setMaxConnTotal(200)
                .build();
        this.http = HttpClients.custom()
                .setConnectionManager(connections)
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(limit)
                        .setResponseTimeout(limit)
                        .setRedirectsEnabled(false)
                        .build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent("Tiski")
                .build();
        var scheduler = new ScheduledThreadPoolExecutor(1, runnable -> {
            var thread = Executors.defaultThreadFactory().newThread(runnable);
            thread.setName("tiski-sms-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.setRemoveOnCancelPolicy(true);
        this.deadlines = scheduler;
    }

    /**
     * Posts the body and answers the HTTP status; the answer's body is never read.
     *
     * @param authorization the Authorization header, or null for none
     * @throws CheckedDnsResolver.RefusedAddress when the host has an address the service may not be at
     * @throws TooSlow                           when there was no answer within the timeout
     */
    int post(URI url, String mediaType, String authorization, String body) throws IOException {
        var post = new HttpPost(url);
        // The media type exactly as chosen: the entity has none, so the client adds no charset to it.
        post.setHeader(HttpHeaders.CONTENT_TYPE, mediaType);
        if (authorization != null) {
            post.setHeader(HttpHeaders.AUTHORIZATION, authorization);
        }
        post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), null));
        var overdue = new AtomicBoolean();
        var deadline = deadlines.schedule(() -> {
            overdue.set(true);
            post.cancel();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        // Closing an answer whose body was not read closes its connection rather than reading on.
        try (var response = http.executeOpen(target(url), post, null)) {
            return response.getCode();
        } catch (IOException e) {
            // The socket's own timeouts (connect, read) come as InterruptedIOExceptions too.
            if (overdue.get() || e instanceof InterruptedIOException) {
                throw new TooSlow(timeout);
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    // Built from the name alone: a host given with an address would skip the resolver.
    private static HttpHost target(URI url) {
        String host = url.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return new HttpHost(url.getScheme().toLowerCase(Locale.ROOT), host, url.getPort());
    }

    @Override
    public void close() {
        deadlines.shutdownNow();
        http.close(CloseMode.IMMEDIATE);
    }
}
