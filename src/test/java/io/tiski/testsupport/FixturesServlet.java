package io.tiski.testsupport;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Test-only HTTP door to {@link Fixtures}: POST /test-fixtures/organisation?name=..., /deactivate?username=... */
@WebServlet("/test-fixtures/*")
public class FixturesServlet extends HttpServlet {

    @Inject
    Fixtures fixtures;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        switch (String.valueOf(request.getPathInfo())) {
            case "/organisation" -> {
                var json = Json.createObjectBuilder();
                fixtures.organisation(request.getParameter("name")).forEach((key, value) -> {
                    if (value instanceof Long number) {
                        json.add(key, number);
                    } else {
                        json.add(key, String.valueOf(value));
                    }
                });
                response.getWriter().write(json.build().toString());
            }
            case "/deactivate" -> {
                fixtures.deactivate(request.getParameter("username"));
                response.getWriter().write("{}");
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
