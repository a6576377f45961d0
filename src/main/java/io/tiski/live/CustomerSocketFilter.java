package io.tiski.live;

import io.tiski.organisation.control.Organisations;
import io.tiski.platform.NotFound;
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
 * Refuses (403) the customer chat handshake from a page of a site the organisation has not allowed.
 * The widget names its organisation ({@code /ws/customer?organisation=7}); the hello then has to
 * bring a conversation of that organisation, so an allowed site of one organisation cannot open
 * another's chats. Tiski's own pages and non-browser clients (no Origin) pass. It also tells the
 * handshake the client's address ({@link ClientAddress}).
 */
@WebFilter("/ws/customer")
public class CustomerSocketFilter extends HttpFilter {

    /** The query parameter naming the organisation whose widget opens the line. */
    static final String ORGANISATION = "organisation";

    @Inject
    Organisations organisations;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String origin = request.getHeader("Origin");
        if (WebOrigin.isSameSite(origin, request.getHeader("Host")) || allowedBy(request.getParameter(ORGANISATION), origin)) {
            ClientAddress.handshaking(request.getRemoteAddr());
            try {
                chain.doFilter(request, response);
            } finally {
                ClientAddress.handshaking(null);
            }
        } else {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }

    private boolean allowedBy(String organisationId, String origin) {
        if (organisationId == null || !organisationId.matches("\\d{1,18}")) {
            return false;
        }
        try {
            return organisations.find(Long.parseLong(organisationId)).allowsWidgetOn(origin);
        } catch (NotFound unknown) {
            return false;
        }
    }
}
