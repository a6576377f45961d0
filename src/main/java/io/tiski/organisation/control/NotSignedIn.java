package io.tiski.organisation.control;

import io.tiski.platform.ApplicationFailure;

/** The request has no active staff member behind it (never logged in, or deactivated since). */
public class NotSignedIn extends ApplicationFailure {

    public NotSignedIn() {
        super(null, "error.notSignedIn");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
