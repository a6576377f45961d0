package io.tiski.routing.control;

import io.tiski.platform.ApplicationFailure;

/** Only the agent who owns a conversation, or a supervisor or admin, may hand it on. */
public class NotInCharge extends ApplicationFailure {

    public NotInCharge() {
        super(null, "handover.notInCharge");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
