package io.tiski.organisation.control;

import io.tiski.organisation.entity.StaffUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The staff member behind the current request and so the organisation every query is scoped by.
 * The one place that resolves it; it reads the user afresh once per request, so a deactivated
 * user loses access at once even with a live session. A session also remembers the user's rights
 * version at login ({@link #stampSession}); a session whose version is not the user's any more
 * (roles changed, password reset, deactivated) holds no rights ({@link #holdsCurrentRights}).
 */
@RequestScoped
public class CurrentStaff {

    private static final Logger LOG = Logger.getLogger(CurrentStaff.class.getName());

    private static final String RIGHTS_VERSION = "tiski.rightsVersion";

    /** The signed-in staff member's organisation and id, for when the session ends ({@link #signedOutOf}). */
    private static final String ORGANISATION = "tiski.staffOrganisation";
    private static final String USER = "tiski.staffUser";

    @Inject
    SecurityContext securityContext;

    @Inject
    StaffDirectory directory;

    @Inject
    Event<StaffSignedIn> signedIn;

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
            session.setAttribute(ORGANISATION, granted.getOrganisation().getId());
            session.setAttribute(USER, granted.getId());
            try {
                signedIn.fire(new StaffSignedIn(granted.getOrganisation().getId(), granted.getId()));
            } catch (RuntimeException e) {
                // The login stands; the agent finds the presence switch as it is and chooses again.
                LOG.log(Level.WARNING, "Could not give a signed-in agent their presence back", e);
            }
        });
    }

    /** Who was signed in with this session that is ending, if a staff member was. */
    public static Optional<StaffSignedOut> signedOutOf(HttpSession session) {
        if (session.getAttribute(ORGANISATION) instanceof Long organisationId
                && session.getAttribute(USER) instanceof Long userId) {
            return Optional.of(new StaffSignedOut(organisationId, userId));
        }
        return Optional.empty();
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
