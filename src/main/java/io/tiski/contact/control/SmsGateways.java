package io.tiski.contact.control;

import io.tiski.contact.entity.SmsGatewayKind;
import io.tiski.contact.entity.SmsSettings;
import io.tiski.organisation.control.Organisations;
import io.tiski.platform.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The organisation's SMS settings (admins keep them) and the gateway they make. A gateway is built
 * afresh for each send from the settings as they are then, and holds no transaction or entity, so
 * the send itself can wait on the network with no database row or connection held.
 */
@ApplicationScoped
@Transactional
public class SmsGateways {

    @PersistenceContext
    EntityManager em;

    @Inject
    Organisations organisations;

    @Inject
    Clock clock;

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
        return saved != null ? saved : new SmsSettings(organisationId, clock.instant());
    }

    /**
     * See {@link SmsSettings#change}; a {@code password} of null keeps the stored one. A URL whose
     * host is an IP address where the service may not be is refused here, next to the field; a
     * host name is checked at every send instead, since what it resolves to can change at any time.
     */
    public SmsSettings change(long organisationId, String gateway, String url, String username, String password,
                              String contentType, String bodyTemplate) {
        requireReachable(url);
        // Two admins saving an organisation's first settings at once would both insert its row.
        organisations.lock(organisationId);
        var settings = em.find(SmsSettings.class, organisationId);
        boolean fresh = settings == null;
        if (fresh) {
            settings = new SmsSettings(organisationId, clock.instant());
        }
        settings.change(gateway, url, username, password, contentType, bodyTemplate, clock.instant());
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
        return new HttpSmsGateway(http, organisationId, URI.create(settings.getUrl()), settings.getUsername(), settings.getPassword(),
                settings.getContentType(), settings.getBodyTemplate(), locale);
    }

    private void requireReachable(String url) {
        String host;
        try {
            host = url == null ? null : new URI(url.strip()).getHost();
        } catch (URISyntaxException notAUrl) {
            return; // SmsSettings says what is wrong with it
        }
        SpecialPurposeAddresses.literalReach(host).filter(reach -> !reach.allowed(privateNetworksAllowed))
                .ifPresent(reach -> {
                    throw new InvalidInput("url", reach == SpecialPurposeAddresses.Reach.OWN_NETWORK
                            ? "sms.url.ownNetwork" : "sms.url.reserved", url.strip());
                });
    }
}
