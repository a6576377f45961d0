package io.tiski.platform;

/**
 * The database does not answer (stopped, restarting, unreachable): nothing was done, and the same
 * request may simply be made again in a few seconds. HTTP 503 with Retry-After; an error frame
 * with the same hint on the live lines.
 */
public class ServiceUnavailable extends ApplicationFailure {

    /** How long a client should wait before trying again: a restarting database is back in seconds. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public ServiceUnavailable() {
        super(null, "error.unavailable");
    }

    public long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }
}
