package io.tiski.routing.control;

import io.tiski.platform.RateLimit;
import io.tiski.platform.TooManyRequests;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many chats a stranger may start: per client address (a script on one machine) and per
 * organisation (many machines at one site's queues), each a burst and then a steady rate. A
 * customer who starts one chat, or picks it up again with its start key, never meets them. Behind a
 * proxy the client address is the one the proxy forwards, when the proxy is trusted (see the
 * README's TISKI_TRUSTED_PROXIES); otherwise every customer would share the proxy's address.
 */
@ApplicationScoped
public class ChatStartLimits {

    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tiski.chat.start-burst-per-address", defaultValue = "10")
    int burstPerAddress;

    @Inject
    @ConfigProperty(name = "tiski.chat.starts-per-hour-per-address", defaultValue = "60")
    int perHourPerAddress;

    @Inject
    @ConfigProperty(name = "tiski.chat.start-burst-per-organisation", defaultValue = "200")
    int burstPerOrganisation;

    @Inject
    @ConfigProperty(name = "tiski.chat.starts-per-hour-per-organisation", defaultValue = "36000")
    int perHourPerOrganisation;

    private RateLimit addresses;
    private RateLimit organisations;

    @PostConstruct
    void configure() {
        addresses = new RateLimit(burstPerAddress, HOUR.dividedBy(perHourPerAddress), clock);
        organisations = new RateLimit(burstPerOrganisation, HOUR.dividedBy(perHourPerOrganisation), clock);
    }

    /** Counts a new chat; refuses it (429) when the address or the organisation is over its limit. */
    public void admit(long organisationId, String address) {
        TooManyRequests.unlessGranted(addresses.take(address), "routing.starts.tooMany");
        TooManyRequests.unlessGranted(organisations.take(Long.toString(organisationId)), "routing.starts.tooMany");
    }
}
