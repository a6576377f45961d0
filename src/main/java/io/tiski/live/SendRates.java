package io.tiski.live;

import io.tiski.platform.RateLimit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chat lines' rate limits, per who acts rather than per connection: every frame after the hello
 * takes a token of its conversation and one of its client address (a customer), or one of the
 * staff member (an agent, whichever of their lines it comes by). Ten lines of one conversation
 * share its rate; many conversations from one address share the address's, which is larger, since
 * a company's or a mobile carrier's customers may all come from one address. Refused frames are
 * answered {@link TooFast}: nothing is stored, and the client sends the same client id again later.
 * The buckets live in this server's memory (with several servers, each allows its rate).
 */
@ApplicationScoped
public class SendRates {

    @Inject
    @ConfigProperty(name = "tiski.chat.rate.burst", defaultValue = "20")
    int burst;

    @Inject
    @ConfigProperty(name = "tiski.chat.rate.per-second", defaultValue = "5")
    double perSecond;

    @Inject
    @ConfigProperty(name = "tiski.chat.rate.address-burst", defaultValue = "100")
    int addressBurst;

    @Inject
    @ConfigProperty(name = "tiski.chat.rate.address-per-second", defaultValue = "20")
    double addressPerSecond;

    @Inject
    Clock clock;

    private RateLimit conversations;
    private RateLimit addresses;
    private RateLimit staff;

    @PostConstruct
    void configure() {
        conversations = RateLimit.perSecond(burst, perSecond, clock);
        addresses = RateLimit.perSecond(addressBurst, addressPerSecond, clock);
        staff = RateLimit.perSecond(burst, perSecond, clock);
    }

    /** Takes a customer frame's tokens, or throws {@link TooFast} and takes none. */
    void customerActs(long conversationId, String address) {
        String conversation = Long.toString(conversationId);
        if (!conversations.tryTake(conversation)) {
            throw new TooFast();
        }
        if (!addresses.tryTake(address)) {
            conversations.giveBack(conversation);
            throw new TooFast();
        }
    }

    /** Takes a staff member's frame's token, or throws {@link TooFast}. */
    void staffActs(long userId) {
        if (!staff.tryTake(Long.toString(userId))) {
            throw new TooFast();
        }
    }
}
