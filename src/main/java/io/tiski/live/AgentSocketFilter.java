package io.tiski.live;

import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.WebOrigin;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses the agent WebSocket handshake with 401 unless a signed-in, active staff member asks with
 * the rights their session was granted (a security constraint would redirect to the login page
 * instead, which a WebSocket client cannot follow), and with 403 when a browser opens it from another site's page (cross-site WebSocket
 * hijacking: the desk is served by Tiski itself, so its Origin is Tiski's own).
 */
@WebFilter("/ws/agent")
public class AgentSocketFilter extends HttpFilter {

    @Inject
    CurrentStaff caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!WebOrigin.isSameSite(request.getHeader("Origin"), request.getHeader("Host"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else if (request.getUserPrincipal() != null && caller.holdsCurrentRights(request)) {
            if (caller.user().mustChangePassword()) {
                // Nothing but the password page until the demo's or an operator's password is replaced.
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                chain.doFilter(request, response);
            }
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }
}
