package io.tiski.routing.boundary;

import io.tiski.organisation.control.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses the agent WebSocket handshake with 401 unless a signed-in, active staff member asks (a
 * security constraint would redirect to the login page instead, which a WebSocket client cannot
 * follow), and with 403 when a browser opens it from another site's page (cross-site WebSocket
 * hijacking: the desk is served by Tiski itself, so its Origin is Tiski's own).
 */
@WebFilter("/ws/agent")
public class AgentSocketFilter extends HttpFilter {

    @Inject
    CurrentStaff caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } else if (request.getUserPrincipal() != null && caller.isSignedIn()) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    /** No Origin (not a browser) or the Origin's host and port are the ones this request was sent to. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host");
        if (origin == null) {
            return true;
        }
        try {
            var uri = java.net.URI.create(origin);
            String authority = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return host != null && (host.equalsIgnoreCase(authority) || host.equalsIgnoreCase(uri.getHost()));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
