package io.tiski.routing.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The widget runs inside the enterprise's own pages, so its calls to /api/public are cross-origin.
 * They carry no cookies (the token travels in the Authorization header), so allowing any origin
 * gives a foreign page nothing it could not get by calling the API itself. Per-organisation
 * allowed origins come with the real-time chat work.
 * <p>The widget's own code is native ES modules ({@code /widget/*.js} and the chat line's modules
 * it shares with the desk, {@code /resources/tiski/shared/*.js}), which a browser fetches in CORS
 * mode: the same header lets the enterprise's page import them (they are public files).
 */
@WebFilter({"/api/public/*", "/widget/*", "/resources/tiski/shared/*"})
public class WidgetCorsFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE, OPTIONS");
        response.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
        response.setHeader("Access-Control-Max-Age", "600");
        if ("OPTIONS".equals(request.getMethod())) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        chain.doFilter(request, response);
    }
}
