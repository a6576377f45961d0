package io.tiski.contact.entity;

import io.tiski.platform.InvalidInput;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How an organisation's SMS leave: kept in Tiski only (the default) or posted to its SMS service.
 * The HTTP settings are kept while the recording gateway is chosen, so switching back loses nothing.
 */
@Entity
@Table(name = "sms_settings")
public class SmsSettings {

    public static final String DEFAULT_TEMPLATE = "{\"to\":\"{to}\",\"text\":\"{text}\"}";
    static final int MAX_URL = 500;
    static final int MAX_USERNAME = 120;
    static final int MAX_PASSWORD = 200;
    // A password of 200 characters sealed: prefix, base64 of IV, up to 600 bytes of UTF-8 and tag.
    static final int MAX_STORED_PASSWORD = 1000;
    static final int MAX_TEMPLATE = 2000;

    @Id
    @Column(name = "organisation_id")
    private Long organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SmsGatewayKind gateway = SmsGatewayKind.RECORDING;

    @Column(length = MAX_URL)
    private String url;

    @Column(length = MAX_USERNAME)
    private String username;

    // Sealed by the server's key (platform Secrets); plain text only in rows saved before sealing,
    // until SmsGateways next reads them.
    @Column(length = MAX_STORED_PASSWORD)
    private String password;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType = SmsContentType.JSON.mediaType();

    @Column(name = "body_template", length = MAX_TEMPLATE)
    private String bodyTemplate = DEFAULT_TEMPLATE;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected SmsSettings() {
    }

    /** The settings of an organisation that has saved none: the recording gateway. */
    public SmsSettings(long organisationId, Instant now) {
        this.organisationId = organisationId;
        this.updatedAt = now;
    }

    /**
     * All or nothing: the first field that breaks a rule is an {@link InvalidInput} and nothing changes.
     * The HTTP gateway needs an http(s) URL and a body template with {@value SmsContentType#TO} and
     * {@value SmsContentType#TEXT}. Choosing the recording gateway always works: the service's
     * settings stay as stored, unchecked, for a switch back; only a blank password removes the
     * stored one (an admin may want it gone while the service is not used).
     *
     * @param newPassword null keeps the stored password, blank removes it
     * @param seal        makes a new password into what is stored (it is never stored in clear)
     */
    public void change(String gatewayName, String newUrl, String newUsername, String newPassword,
                       String newContentType, String newTemplate, Instant now, UnaryOperator<String> seal) {
        var kind = kind(gatewayName);
        if (kind == SmsGatewayKind.RECORDING) {
            gateway = kind;
            if (newPassword != null && newPassword.isBlank()) {
                password = null;
            }
            updatedAt = now;
            return;
        }
        String validUrl = url(newUrl);
        String validUsername = text("username", newUsername, MAX_USERNAME);
        String validPassword = newPassword == null ? password : password(newPassword);
        if (newPassword == null && password != null && validUrl != null && !sameSite(url, validUrl)) {
            // The stored password would go, unseen, to whoever runs the new address.
            throw new InvalidInput("password", "sms.password.again");
        }
        var type = newContentType == null || newContentType.isBlank() ? SmsContentType.JSON
                : SmsContentType.of(newContentType).orElseThrow(() -> new InvalidInput("contentType", "sms.contentType.invalid"));
        String validTemplate = template(newTemplate);
        if (kind == SmsGatewayKind.HTTP && validUrl == null) {
            throw new InvalidInput("url", "sms.url.required");
        }
        if (kind == SmsGatewayKind.HTTP && validTemplate == null) {
            throw new InvalidInput("bodyTemplate", "sms.template.invalid");
        }
        gateway = kind;
        url = validUrl;
        username = validUsername;
        password = newPassword == null || validPassword == null ? validPassword : seal.apply(validPassword);
        contentType = type.mediaType();
        bodyTemplate = validTemplate;
        updatedAt = now;
    }

    private static SmsGatewayKind kind(String name) {
        String upper = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (var kind : SmsGatewayKind.values()) {
            if (kind.name().equals(upper)) {
                return kind;
            }
        }
        throw new InvalidInput("gateway", "sms.gateway.invalid");
    }

    /** Same scheme, host and port: where a stored password may keep going without being typed again. */
    private static boolean sameSite(String storedUrl, String newUrl) {
        if (storedUrl == null) {
            return false;
        }
        var stored = URI.create(storedUrl);
        var fresh = URI.create(newUrl);
        return stored.getScheme().equalsIgnoreCase(fresh.getScheme()) && stored.getHost().equalsIgnoreCase(fresh.getHost())
                && stored.getPort() == fresh.getPort();
    }

    private static String url(String value) {
        String trimmed = text("url", value, MAX_URL);
        if (trimmed == null) {
            return null;
        }
        try {
            var uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return trimmed;
            }
        } catch (URISyntaxException notAUri) {
            // answered below, as any other address that is not http(s)
        }
        throw new InvalidInput("url", "sms.url.invalid", trimmed);
    }

    // Kept exactly as typed (spaces too): it is someone else's secret, not a name.
    private static String password(String value) {
        if (value.length() > MAX_PASSWORD) {
            throw new InvalidInput("password", "sms.field.tooLong", MAX_PASSWORD);
        }
        return value.isBlank() ? null : value;
    }

    private static String template(String value) {
        String trimmed = text("bodyTemplate", value, MAX_TEMPLATE);
        if (trimmed != null && !(trimmed.contains(SmsContentType.TO) && trimmed.contains(SmsContentType.TEXT))) {
            throw new InvalidInput("bodyTemplate", "sms.template.invalid");
        }
        return trimmed;
    }

    private static String text(String field, String value, int max) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.length() > max) {
            throw new InvalidInput(field, "sms.field.tooLong", max);
        }
        return trimmed.isEmpty() ? null : trimmed;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public SmsGatewayKind getGateway() {
        return gateway;
    }

    public String getUrl() {
        return url;
    }

    public String getUsername() {
        return username;
    }

    /**
     * The password as stored: sealed, or plain text saved before Tiski sealed passwords. Only for
     * the gateway that sends with it: never shown, never put in an answer.
     */
    public String getStoredPassword() {
        return password;
    }

    /** Puts the sealed form of a password stored in plain text (before Tiski sealed them) in its place. */
    public void replacePlainPassword(String sealed) {
        password = sealed;
    }

    public boolean isPasswordSet() {
        return password != null;
    }

    public SmsContentType getContentType() {
        return SmsContentType.of(contentType).orElse(SmsContentType.JSON);
    }

    public String getBodyTemplate() {
        return bodyTemplate;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
