package io.tiski.routing.control;

import io.tiski.platform.ApplicationFailure;

/** The agent does not handle the queue the customer waits in. */
public class NotAHandler extends ApplicationFailure {

    public NotAHandler(String queueName) {
        super(null, "routing.notHandler", queueName);
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
