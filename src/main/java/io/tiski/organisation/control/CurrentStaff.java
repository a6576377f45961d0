package io.tiski.organisation.control;

import io.tiski.organisation.entity.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * The staff member behind the current request and so the organisation every query is scoped by.
 * The one place that resolves it; it reads the user afresh once per request, so a deactivated
 * user loses access at once even with a live session. A session also remembers the user's rights
 * version at login ({@link #stampSession}); a session whose version is not the user's any more
 * (roles changed, password reset, deactivated) holds no rights ({@link #holdsCurrentRights}).
 */
@RequestScoped
public class CurrentStaff {

    private static final String RIGHTS_VERSION = "tiski.rightsVersion";

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

    /**
     * Remembers in the session that just logged in which rights version it was granted (by the
     * username the credentials were checked for: the caller principal may not be set yet).
     */
    public void stampSession(HttpServletRequest request, String username) {
        directory.activeByUsername(StaffUser.normaliseUsername(username)).ifPresent(granted -> {
            var session = request.getSession(true);
            session.setAttribute(RIGHTS_VERSION, granted.getRightsVersion());
            // A signed-in session lives as long as web.xml says; until now it had an anonymous one's
            // short life (AnonymousSessions).
            session.setMaxInactiveInterval(request.getServletContext().getSessionTimeout() * 60);
        });
    }

    /**
     * Whether the request comes from an active staff member whose session was granted their
     * current rights. Also false for a request that authenticated by the single-sign-on cookie
     * alone, without the session it was issued with: it cannot show which rights it was granted.
     */
    public boolean holdsCurrentRights(HttpServletRequest request) {
        var session = request.getSession(false);
        return isSignedIn() && session != null
                && Objects.equals(session.getAttribute(RIGHTS_VERSION), user().getRightsVersion());
    }
}
