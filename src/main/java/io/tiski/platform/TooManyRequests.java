package io.tiski.platform;

import java.time.Duration;

/** A caller asks more often than its limit allows: HTTP 429 with the seconds until it may ask again. */
public class TooManyRequests extends ApplicationFailure {

    private final long retryAfterSeconds;

    public TooManyRequests(Duration retryAfter, String messageKey, Object... arguments) {
        super(null, messageKey, arguments);
        this.retryAfterSeconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** Refuses when the limit says to wait. */
    public static void unlessGranted(Duration wait, String messageKey) {
        if (!wait.isZero()) {
            throw new TooManyRequests(wait, messageKey);
        }
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    @Override
    public Kind kind() {
        return Kind.TOO_MANY;
    }
}
