package io.tiski.chat.boundary;

import io.tiski.platform.ApplicationFailure;

/** The connection sends messages faster than {@link SendRate} allows; the message was not stored. */
class TooFast extends ApplicationFailure {

    TooFast() {
        super(null, "chat.tooFast");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
