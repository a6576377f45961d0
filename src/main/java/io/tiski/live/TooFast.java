package io.tiski.live;

import io.tiski.platform.ApplicationFailure;

/** The conversation, its client address or the staff member sends faster than {@link SendRates} allows; nothing was stored. */
class TooFast extends ApplicationFailure {

    TooFast() {
        super(null, "chat.tooFast");
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
