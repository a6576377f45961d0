package io.tiski.organisation.boundary;

import io.tiski.organisation.control.CurrentOperator;
import io.tiski.organisation.control.CurrentStaff;
import io.tiski.platform.Problem;
import io.tiski.platform.UiText;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Ends the session of a staff member or operator whose rights changed while logged in
 * (deactivated, roles changed, password reset, organisation deactivated; see
 * {@link CurrentStaff#holdsCurrentRights}): their next page request goes to the login page, their
 * next API call gets 401. The container has checked the roles the session logged in with before
 * this filter runs, so without it a demoted admin's session would keep admin rights until it timed out.
 *
 * <p>Also holds back whoever must still replace a password someone else chose (the demo's, one an
 * operator gave): every page but the password page sends them there, every API call answers 403.
 */
@WebFilter(urlPatterns = {"/admin/*", "/desk/*", "/api/*", "/index.xhtml", "/operator/*", "/account/*"})
public class ActiveStaffFilter extends HttpFilter {

    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Inject
    CurrentStaff caller;

    @Inject
    CurrentOperator operator;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getUserPrincipal() == null) {
            chain.doFilter(request, response);
            return;
        }
        boolean isOperator = operator.isOperator();
        if (!(isOperator ? operator.holdsCurrentRights(request) : caller.holdsCurrentRights(request))) {
            endSession(request, response);
            return;
        }
        boolean mustChange = isOperator ? operator.operator().mustChangePassword() : caller.user().mustChangePassword();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!mustChange || path.equals(PASSWORD_PAGE)) {
            chain.doFilter(request, response);
        } else if (path.startsWith("/api/")) {
            String detail = UiText.get(request.getLocale(), "password.changeFirst");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder().add("title", "Forbidden").add("status", 403)
                    .add("detail", detail).build().toString());
        } else {
            response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
        }
    }

    private static void endSession(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
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
