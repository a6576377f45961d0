package io.tiski.routing.control;

import io.tiski.platform.ApplicationFailure;

/** A page of a web site the organisation has not allowed tried to start a chat with it. */
public class SiteNotAllowed extends ApplicationFailure {

    public SiteNotAllowed() {
        super(null, "routing.site.notAllowed");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
