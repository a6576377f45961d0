package io.tiski.platform;

/**
 * The caller is known and the thing exists, but this caller may not do this to it (another
 * agent's note, a card the organisation lets only admins change).
 */
public class Forbidden extends ApplicationFailure {

    public Forbidden(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
