package io.tiski.platform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * The answer to any request that met a database that does not answer outside the REST API's own
 * mappers: a filter (the staff check of /api and /ws/agent, a page). 503 with Retry-After, and
 * "briefly unavailable" in the caller's language: a problem document for the API and the live
 * lines' handshakes, a small page otherwise. Never the failure's text or a stack trace. Declared
 * first in web.xml, so it wraps every other filter.
 */
public class DatabaseOutageFilter extends HttpFilter {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            FailureLog.failed("request " + firstSegment(request), failure);
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale language = request.getHeader("Accept-Language") == null ? Locale.ENGLISH : request.getLocale();
        String text = UiText.get(language, "error.unavailable");
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(ServiceUnavailable.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/ws/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(JSON.toJson(new Problem("Service Unavailable", 503, text, Map.of())));
        } else {
            response.setContentType("text/html");
            String title = UiText.get(language, "error.unavailable.title");
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + language.getLanguage() + "\"><head>"
                    + "<meta charset=\"UTF-8\"><title>" + title + "</title></head><body><main><h1>" + title
                    + "</h1><p>" + text + "</p></main></body></html>");
        }
    }

    private static String firstSegment(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        int end = path.indexOf('/', 1);
        return end < 0 ? path : path.substring(0, end);
    }
}
