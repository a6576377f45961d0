package io.tiski.platform;

import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses cross-site requests that change something (CSRF). The session cookie is SameSite=Lax,
 * but a page on a sibling subdomain is "same site" and its forms and scripts get the cookie, so
 * every request other than GET, HEAD and OPTIONS must come from Tiski's own pages:
 * <ul>
 *   <li>a browser's {@code Sec-Fetch-Site}, when sent, is {@code same-origin} (or {@code none}: typed
 *       or bookmarked), and its {@code Origin}, when sent, is the request's own host;</li>
 *   <li>a call of the staff API ({@code /api/...}) also carries {@value #HEADER}: no other site's page
 *       can add a header to a request without the server's leave (CORS), which Tiski never gives
 *       outside {@code /api/public}; and its body is not of a type a plain HTML form can send.</li>
 * </ul>
 * The widget's API ({@code /api/public}) is exempt: it works from the enterprise's own sites and
 * carries the customer's token in a header, never a cookie. Faces postbacks are also protected by
 * their view state id (server-side state).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SameOriginFilter extends HttpFilter {

    /** The header every staff API call that changes something must carry (any value). */
    public static final String HEADER = "X-Tiski-Request";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SAFE_METHODS.contains(request.getMethod()) || path.startsWith("/api/public/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = path.startsWith("/api/");
        if (!fromOwnPage(request) || api && request.getHeader(HEADER) == null) {
            refuse(request, response, api, HttpServletResponse.SC_FORBIDDEN, "request.crossSite");
            return;
        }
        if (api && hasBody(request) && isFormType(request.getContentType())) {
            refuse(request, response, true, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "request.contentType");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean fromOwnPage(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        return WebOrigin.isSameSite(request.getHeader("Origin"), request.getHeader("Host"));
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private static boolean isFormType(String contentType) {
        if (contentType == null) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || FORM_TYPES.contains(type);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, boolean api, int status,
                               String messageKey) throws IOException {
        if (!api) {
            response.sendError(status);
            return;
        }
        var language = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("title", status == HttpServletResponse.SC_FORBIDDEN ? "Forbidden" : "Unsupported Media Type")
                .add("status", status)
                .add("detail", UiText.get(language, messageKey))
                .add("fields", Json.createObjectBuilder())
                .build().toString());
    }
}
