package io.tiski.organisation.boundary;

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
 * Ends the session of a staff member whose rights changed while logged in (deactivated, roles
 * changed, password reset; see {@link CurrentStaff#holdsCurrentRights}): their next page request
 * goes to the login page, their next API call gets 401. The container has checked the roles the
 * session logged in with before this filter runs, so without it a demoted admin's session would
 * keep admin rights until it timed out.
 */
@WebFilter(urlPatterns = {"/admin/*", "/desk/*", "/api/*", "/index.xhtml"})
public class ActiveStaffFilter extends HttpFilter {

    @Inject
    CurrentStaff caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null || caller.holdsCurrentRights(request)) {
            chain.doFilter(request, response);
            return;
        }
        request.logout();
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login.xhtml");
        }
    }
}
