package io.tiski.platform;

/**
 * The thing asked for does not exist in the caller's organisation. Deliberately the same answer
 * whether it exists in another organisation or not at all, so ids reveal nothing across tenants.
 */
public class NotFound extends ApplicationFailure {

    public NotFound(String messageKey) {
        super(null, messageKey);
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
