package io.tiski.platform;

/** Input that breaks a rule of the domain (a blank name, a weak password, a limit out of range). */
public class InvalidInput extends ApplicationFailure {

    private final String field;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }

    @Override
    public String field() {
        return field;
    }
}
