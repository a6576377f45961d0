package io.tiski.platform;

/** The request is valid but clashes with what is stored (a taken name, data that would be lost). */
public class Conflict extends ApplicationFailure {

    private final String field;

    public Conflict(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }

    @Override
    public String field() {
        return field;
    }
}
