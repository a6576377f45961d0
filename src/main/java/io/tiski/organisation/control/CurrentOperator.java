package io.tiski.organisation.control;

import io.tiski.organisation.entity.Operator;
import io.tiski.organisation.entity.StaffUser;
import io.tiski.platform.InvalidInput;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;

/**
 * The platform operator behind the current request, read afresh once per request. Like
 * {@link CurrentStaff}, a session remembers the operator's rights version at login and holds no
 * rights once it moved on (the password changed in another session).
 */
@RequestScoped
public class CurrentOperator {

    private static final String RIGHTS_VERSION = "tiski.operatorRightsVersion";

    @Inject
    SecurityContext securityContext;

    @Inject
    Operators operators;

    private Operator operator;

    /** Whether the caller logged in as an operator (the role their login was granted). */
    public boolean isOperator() {
        return securityContext.isCallerInRole(Operator.ROLE);
    }

    public Operator operator() {
        if (operator == null) {
            var principal = securityContext.getCallerPrincipal();
            if (principal == null || !isOperator()) {
                throw new NotSignedIn();
            }
            operator = operators.activeByUsername(principal.getName()).orElseThrow(NotSignedIn::new);
        }
        return operator;
    }

    /** Stamps a session that just logged in as this operator; does nothing for a staff login. */
    public void stampSession(HttpServletRequest request, String username) {
        String login;
        try {
            login = StaffUser.normaliseUsername(username);
        } catch (InvalidInput e) {
            return;
        }
        operators.activeByUsername(login).ifPresent(granted ->
                request.getSession(true).setAttribute(RIGHTS_VERSION, granted.getRightsVersion()));
    }

    public boolean holdsCurrentRights(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session == null) {
            return false;
        }
        try {
            return Objects.equals(session.getAttribute(RIGHTS_VERSION), operator().getRightsVersion());
        } catch (NotSignedIn e) {
            return false;
        }
    }
}
