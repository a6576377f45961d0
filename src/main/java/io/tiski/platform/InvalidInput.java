package io.tiski.platform;

/** Input that breaks a rule of the domain (a blank name, a weak password, a limit out of range). */
public class InvalidInput extends ApplicationFailure {

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
