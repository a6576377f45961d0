package io.tiski.platform;

/** The request carries more than Tiski takes (an upload over the size limit): HTTP 413. */
public class TooLarge extends ApplicationFailure {

    public TooLarge(String field, String messageKey, Object... arguments) {
        super(field, messageKey, arguments);
    }

    @Override
    public Kind kind() {
        return Kind.TOO_LARGE;
    }
}
