package io.tiski.contact.control;

import io.tiski.contact.entity.Delivery;
import io.tiski.contact.entity.SmsGatewayKind;
import io.tiski.contact.entity.SmsSettings;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.InvalidInput;
import io.tiski.platform.Secrets;
import io.tiski.platform.UiText;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation's SMS settings (admins keep them) and the gateway they make. A gateway is built
 * afresh for each send from the settings as they are then, and holds no transaction or entity, so
 * the send itself can wait on the network with no database row or connection held. The service's
 * password is stored sealed ({@link Secrets}); one stored in plain text by an earlier version is
 * sealed the first time its settings are read, and at start-up ({@link #sealPlainPasswords}).
 */
@ApplicationScoped
@Transactional
public class SmsGateways {

    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

    @Inject
    Secrets secrets;

    /** TISKI_SMS_PRIVATE_NETWORKS: whether an SMS service may be on the server's own networks. */
    @Inject
    @ConfigProperty(name = "tiski.sms.private-networks", defaultValue = "false")
    boolean privateNetworksAllowed;

    // One client for every organisation: it pools connections per host.
    private SmsServiceClient http;

    @PostConstruct
    void openClient() {
        http = new SmsServiceClient(new CheckedDnsResolver(privateNetworksAllowed), HttpSmsGateway.TIMEOUT);
    }

    @PreDestroy
    void closeClient() {
        http.close();
    }

    /** The saved settings, or the defaults (recording gateway) when the organisation saved none. */
    public SmsSettings settings(long organisationId) {
        var saved = em.find(SmsSettings.class, organisationId);
        if (saved == null) {
            return new SmsSettings(organisationId, clock.instant());
        }
        sealIfPlain(saved);
        return saved;
    }

    /**
     * See {@link SmsSettings#change}; a {@code password} of null keeps the stored one. For the HTTP
     * service the address gets the checks each send makes: an IP address, or a host name that
     * resolves to one, where the service may not be is refused here, next to the field. A name
     * that does not resolve (yet) is let through: the send says so. What a name resolves to can
     * change at any time, so every send checks again. Switching to "kept in Tiski" checks nothing
     * of the service's: it must always work, whatever state the service's settings are in.
     */
    public SmsSettings change(long organisationId, String gateway, String url, String username, String password,
                              String contentType, String bodyTemplate) {
        if (SmsGatewayKind.HTTP.name().equalsIgnoreCase(gateway == null ? "" : gateway.strip())) {
            requireReachable(url, new CheckedDnsResolver(privateNetworksAllowed));
        }
        // Two admins saving an organisation's first settings at once would both insert its row.
        organisations.lock(organisationId);
        var settings = em.find(SmsSettings.class, organisationId);
        boolean fresh = settings == null;
        if (fresh) {
            settings = new SmsSettings(organisationId, clock.instant());
        }
        settings.change(gateway, url, username, password, contentType, bodyTemplate, clock.instant(),
                plain -> secrets.seal(plain, purpose(organisationId)));
        if (fresh) {
            em.persist(settings);
        }
        return settings;
    }

    /** @param locale the language of the reasons a failed send gives */
    public SmsGateway gateway(long organisationId, Locale locale) {
        var settings = settings(organisationId);
        if (settings.getGateway() != SmsGatewayKind.HTTP) {
            return new RecordingSmsGateway();
        }
        String password;
        try {
            password = secrets.open(settings.getStoredPassword(), purpose(organisationId));
        } catch (Secrets.Unreadable e) {
            LOG.severe(() -> "SMS of organisation " + organisationId + " not sent: " + e.getMessage()
                    + " (sealed with another key, or damaged); an admin must type the password again");
            return (to, text) -> Delivery.failed(UiText.get(locale, "sms.failed.password"));
        }
        return new HttpSmsGateway(http, organisationId, URI.create(settings.getUrl()), settings.getUsername(), password,
                settings.getContentType(), settings.getBodyTemplate(), locale);
    }

    /** Seals every password still stored in plain text; answers how many. */
    public int sealPlainPasswords() {
        var plain = em.createQuery("select s from SmsSettings s where s.password is not null"
                        + " and s.password not like :sealed", SmsSettings.class)
                .setParameter("sealed", Secrets.PREFIX + "%")
                .getResultList();
        plain.forEach(this::sealIfPlain);
        return plain.size();
    }

    private void sealIfPlain(SmsSettings settings) {
        String stored = settings.getStoredPassword();
        if (stored != null && !Secrets.isSealed(stored)) {
            settings.replacePlainPassword(secrets.seal(stored, purpose(settings.getOrganisationId())));
        }
    }

    // Bound into the sealed value: it opens only in this row and column.
    private static String purpose(long organisationId) {
        return "sms_settings.password:" + organisationId;
    }

    /** Refuses the URL when its host is, or resolves to, an address the resolver refuses for sends. */
    static void requireReachable(String url, CheckedDnsResolver resolver) {
        String host;
        try {
            host = url == null ? null : new URI(url.strip()).getHost();
        } catch (URISyntaxException notAUrl) {
            return; // SmsSettings says what is wrong with it
        }
        if (host == null) {
            return;
        }
        try {
            resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (CheckedDnsResolver.RefusedAddress refused) {
            throw new InvalidInput("url", refused.reach() == SpecialPurposeAddresses.Reach.OWN_NETWORK
                    ? "sms.url.ownNetwork" : "sms.url.reserved", url.strip());
        } catch (UnknownHostException notFoundNow) {
            // Let through: the service may not be in DNS yet, and each send reports it.
        }
    }
}
