package io.tiski.organisation.control;

import io.tiski.platform.ApplicationFailure;

/** The organisation was deactivated by a platform operator: its widget starts no chats. */
public class OrganisationInactive extends ApplicationFailure {

    public OrganisationInactive() {
        super(null, "organisation.inactive");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
