package io.tiski.contact.control;

import io.tiski.contact.entity.Delivery;
import io.tiski.contact.entity.SmsContentType;
import io.tiski.platform.UiText;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Posts each SMS to the organisation's SMS service: the body template filled in and escaped for
 * its content type, basic authentication when a username is set. Any 2xx answer is SENT; any other
 * answer, or none within {@link #TIMEOUT}, is FAILED with the reason in the sender's language.
 * The reason is Tiski's own words, never the network's: what went wrong on the way (a refused
 * connection, a certificate, a name that does not resolve) goes to the server's log only, so an
 * organisation's admin cannot learn the servers behind Tiski from it.
 */
public class HttpSmsGateway implements SmsGateway {

    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());

    private final SmsServiceClient http;
    private final long organisationId;
    private final URI url;
    private final String authorization;
    private final SmsContentType contentType;
    private final String template;
    private final Locale locale;

    /** @param password used only with a username */
    HttpSmsGateway(SmsServiceClient http, long organisationId, URI url, String username, String password,
                   SmsContentType contentType, String template, Locale locale) {
        this.http = http;
        this.organisationId = organisationId;
        this.url = url;
        this.authorization = username == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
        this.contentType = contentType;
        this.template = template;
        this.locale = locale;
    }

    @Override
    public Delivery send(String to, String text) {
        try {
            int status = http.post(url, contentType.mediaType(), authorization, contentType.fill(template, to, text));
            return status / 100 == 2 ? Delivery.sent()
                    : Delivery.failed(UiText.get(locale, "sms.failed.status", String.valueOf(status)));
        } catch (CheckedDnsResolver.RefusedAddress e) {
            LOG.info(() -> "SMS of organisation " + organisationId + " not sent: " + e.getMessage());
            return Delivery.failed(UiText.get(locale, e.reach() == SpecialPurposeAddresses.Reach.OWN_NETWORK
                    ? "sms.failed.internal" : "sms.failed.reserved"));
        } catch (SmsServiceClient.TooSlow e) {
            LOG.info(() -> "SMS of organisation " + organisationId + " not sent: " + site() + " did not answer within "
                    + TIMEOUT.toSeconds() + " s");
            return Delivery.failed(UiText.get(locale, "sms.failed.timeout", TIMEOUT.toSeconds()));
        } catch (IOException | RuntimeException e) {
            // The URL's path and query may hold an API key: the log names the site only.
            LOG.log(Level.WARNING, "SMS of organisation " + organisationId + " not sent: " + site()
                    + " could not be reached: " + e);
            return Delivery.failed(UiText.get(locale, "sms.failed.unreachable"));
        }
    }

    private String site() {
        return url.getScheme() + "://" + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort());
    }
}
