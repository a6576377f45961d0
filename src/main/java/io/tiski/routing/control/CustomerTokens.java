package io.tiski.routing.control;

import io.tiski.platform.NotFound;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/** Conversation tokens: 256 random bits, URL-safe, the customer's only key to their conversation. */
public final class CustomerTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BEARER = "Bearer ";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private CustomerTokens() {
    }

    public static String next() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token from an {@code Authorization: Bearer ...} header; "not found" without one. */
    public static String fromAuthorization(String authorization) {
        if (authorization == null || !authorization.startsWith(BEARER)) {
            throw new NotFound("routing.conversation.notFound");
        }
        return authorization.substring(BEARER.length()).strip();
    }

    /** Cheap shape check before any database lookup, so junk never reaches a query. */
    public static boolean isWellFormed(String token) {
        return token != null && WELL_FORMED.matcher(token).matches();
    }
}
