package io.tiski.contact.control;

import io.tiski.contact.entity.Delivery;
import io.tiski.contact.entity.SmsContentType;
import io.tiski.platform.UiText;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Posts each SMS to the organisation's SMS service: the body template filled in and escaped for
 * its content type, basic authentication when a username is set. Any 2xx answer is SENT; any other
 * answer, or none within {@link #TIMEOUT}, is FAILED with the reason in the sender's language.
 */
public class HttpSmsGateway implements SmsGateway {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI url;
    private final String authorization;
    private final SmsContentType contentType;
    private final String template;
    private final Locale locale;
    private final boolean internalAllowed;

    /**
     * @param password        used only with a username
     * @param internalAllowed whether the service may be on the server's own networks (see {@link InternalAddresses})
     */
    HttpSmsGateway(HttpClient http, URI url, String username, String password, SmsContentType contentType,
                   String template, Locale locale, boolean internalAllowed) {
        this.http = http;
        this.internalAllowed = internalAllowed;
        this.url = url;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.contentType = contentType;
        this.template = template;
        this.locale = locale;
    }

    @Override
    public Delivery send(String to, String text) {
        var request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Content-Type", contentType.mediaType())
                .POST(HttpRequest.BodyPublishers.ofString(contentType.fill(template, to, text), StandardCharsets.UTF_8));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            if (!internalAllowed && InternalAddresses.isInternal(url.getHost())) {
                return Delivery.failed(UiText.get(locale, "sms.failed.internal"));
            }
            int status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return status / 100 == 2 ? Delivery.sent()
                    : Delivery.failed(UiText.get(locale, "sms.failed.status", String.valueOf(status)));
        } catch (HttpTimeoutException e) {
            return Delivery.failed(UiText.get(locale, "sms.failed.timeout", TIMEOUT.toSeconds()));
        } catch (IOException e) {
            // A refused connection often comes without a message: then its kind says most.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return Delivery.failed(UiText.get(locale, "sms.failed.unreachable", reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.failed(UiText.get(locale, "sms.failed.interrupted"));
        }
    }
}
