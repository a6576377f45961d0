package io.tiski.platform;

/** The request is valid but clashes with what is stored (a taken name, data that would be lost). */
public class Conflict extends ApplicationFailure {

    public Conflict(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
