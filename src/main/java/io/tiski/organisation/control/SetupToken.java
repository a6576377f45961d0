package io.tiski.organisation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The one-time token of the first-run setup: 256 random bits, made when this server starts on a
 * database without organisations, printed to its log and kept only in its memory. It is void once
 * a setup succeeded (and after a restart, which prints a new one). Each server of several has its own.
 */
@ApplicationScoped
public class SetupToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile String token;

    /** Makes a new token, answers it. */
    public String issue() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return token;
    }

    /** Whether this is the token; compared in constant time, so timing tells nothing about it. */
    public boolean matches(String candidate) {
        String current = token;
        return current != null && candidate != null && MessageDigest.isEqual(
                current.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    /** Void once the setup is committed (not before: a setup that failed may be tried again). */
    void spend(@Observes(during = TransactionPhase.AFTER_SUCCESS) FirstRunDone done) {
        token = null;
    }
}
