package io.tiski.routing.control;

import io.tiski.platform.Forbidden;
import io.tiski.platform.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The challenge an organisation may put before every new chat: a proof of work. The widget gets a
 * challenge (sealed with the server's secrets key, so it cannot be forged, names its organisation
 * and expires after five minutes), finds a number whose SHA-256 with the challenge starts with
 * {@code bits} zero bits (about a second of a browser's time at 16 bits), and sends both with the
 * start. A person starting one chat does not notice; a script pays that work for every chat on top
 * of the limits per address and organisation. Each challenge opens one chat: a used one is
 * remembered until it expires (per server; with several servers sharing TISKI_SECRETS_KEY, a
 * challenge could be used once on each). It is a cost, not a CAPTCHA: a well-equipped script can
 * still pay it, which is why the limits stay.
 */
@ApplicationScoped
public class ChatChallenges {

    public record Challenge(String challenge, int bits) {
    }

    /** What the widget sends with a start: the challenge it got and the number it found. */
    public record Solution(String challenge, String proof) {
    }

    private static final String PURPOSE = "chat-challenge";
    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_PROOF_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "tiski.chat.challenge-bits", defaultValue = "16")
    int bits;

    private final Map<String, Instant> used = new ConcurrentHashMap<>();

    public Challenge issue(long organisationId) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String plain = organisationId + ":" + clock.instant().plus(LIFETIME).getEpochSecond() + ":" + bits + ":"
                + HexFormat.of().formatHex(nonce);
        return new Challenge(secrets.seal(plain, PURPOSE), bits);
    }

    /** Refuses (403) a start without a solved, unused, unexpired challenge of this organisation. */
    public void requireSolved(long organisationId, Solution solution) {
        String challenge = solution == null ? null : solution.challenge();
        String proof = solution == null ? null : solution.proof();
        if (challenge == null || proof == null || proof.length() > MAX_PROOF_LENGTH || challenge.length() > 500) {
            throw new Forbidden(null, "routing.challenge.failed");
        }
        String[] parts;
        try {
            parts = secrets.open(challenge, PURPOSE).split(":");
        } catch (Secrets.Unreadable | IllegalArgumentException forged) {
            throw new Forbidden(null, "routing.challenge.failed");
        }
        if (!Secrets.isSealed(challenge) || parts.length != 4 || !parts[0].equals(Long.toString(organisationId))) {
            throw new Forbidden(null, "routing.challenge.failed");
        }
        var expires = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        Instant now = clock.instant();
        if (!now.isBefore(expires) || leadingZeroBits(challenge, proof) < Integer.parseInt(parts[2])) {
            throw new Forbidden(null, "routing.challenge.failed");
        }
        if (used.putIfAbsent(challenge, expires) != null) {
            throw new Forbidden(null, "routing.challenge.failed");
        }
        used.values().removeIf(expiry -> !now.isBefore(expiry));
    }

    /** The zero bits that SHA-256 of "challenge:proof" starts with. */
    public static int leadingZeroBits(String challenge, String proof) {
        byte[] hash;
        try {
            hash = MessageDigest.getInstance("SHA-256").digest((challenge + ":" + proof).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }
}
