package io.tiski.organisation.control;

import io.tiski.platform.InvalidInput;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Salted PBKDF2 password hashes through the platform's {@link Pbkdf2PasswordHash}. The stored
 * string names algorithm, iterations and salt, so raising the cost later keeps old hashes valid.
 */
@ApplicationScoped
public class PasswordHashing {

    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA512. */
    static final int ITERATIONS = 210_000;

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** Verified against when the user does not exist, so that both failures take as long. */
    private String decoyHash;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(parameters());
        decoyHash = pbkdf2.generate("decoy-password-never-matches".toCharArray());
    }

    /**
     * The cost of new hashes. Only the test deployment lowers it (an alternative bean there), so
     * that hundreds of test logins do not each spend a fifth of a second; production cannot.
     */
    protected int iterations() {
        return ITERATIONS;
    }

    Map<String, String> parameters() {
        return Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
                "Pbkdf2PasswordHash.Iterations", Integer.toString(iterations()),
                "Pbkdf2PasswordHash.SaltSizeBytes", "32",
                "Pbkdf2PasswordHash.KeySizeBytes", "64");
    }

    /** Hashes a new password after checking it against the password rules. */
    public String hash(String password) {
        checkPolicy(password);
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return password != null && pbkdf2.verify(password.toCharArray(), storedHash);
    }

    /** Spends the time of one verification, for a login whose user does not exist. */
    public void spendVerificationTime(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoyHash);
    }

    static void checkPolicy(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH
                || password.isBlank()) {
            throw new InvalidInput("password", "user.password.weak", MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH);
        }
    }
}
