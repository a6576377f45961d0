package io.tiski.platform;

/**
 * A failure the user can understand and act on. Each concrete failure names its message key
 * (in {@code io.tiski.i18n.messages}) and its kind; the boundaries turn it into an HTTP problem,
 * a Faces message or an error frame, so no stack trace reaches a user.
 */
public abstract class ApplicationFailure extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT, FORBIDDEN, TOO_LARGE, TOO_MANY, UNAVAILABLE }

    private final String field;
    private final transient Object[] arguments;

    /** @param field the form field the failure is about, or {@code null} for the whole request */
    protected ApplicationFailure(String field, String messageKey, Object... arguments) {
        super(messageKey, null, false, false);
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    public abstract Kind kind();

    /** The form field the failure is about, or {@code null} when it concerns the whole form. */
    public String field() {
        return field;
    }
}
