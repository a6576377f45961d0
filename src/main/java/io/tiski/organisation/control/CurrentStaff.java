package io.tiski.organisation.control;

import io.tiski.organisation.entity.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The staff member behind the current request and so the organisation every query is scoped by.
 * The one place that resolves it; it reads the user afresh once per request, so a deactivated
 * user loses access at once even with a live session.
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext securityContext;

    @Inject
    StaffDirectory directory;

    private StaffUser user;

    public StaffUser user() {
        if (user == null) {
            var principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new NotSignedIn();
            }
            user = directory.activeByUsername(principal.getName()).orElseThrow(NotSignedIn::new);
        }
        return user;
    }

    public long organisationId() {
        return user().getOrganisationId();
    }

    public long userId() {
        return user().getId();
    }

    public boolean isSignedIn() {
        try {
            user();
            return true;
        } catch (NotSignedIn e) {
            return false;
        }
    }
}
