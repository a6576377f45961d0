package io.tiski.testsupport.server;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test-only HTTP door: POST /test-fixtures/organisation, /agents, /staff, /deactivate, /roles, /password, /clock,
 * /sweep, /messages (many old messages in a conversation at once), /operator (a platform operator), /demo-staff (an
 * admin and two agents of the Demo organisation); GET /test-fixtures/widget?organisation=N, a shop page with the widget of a test's own
 * organisation (crossOrigin=true: the widget from another origin than the page's); GET /test-fixtures/merges?organisation=N, the contact merges {@link MergeWitness} saw;
 * GET /test-fixtures/transcript-attempts?conversation=N, how often its transcripts' mail was tried;
 * GET /test-fixtures/sms-password?organisation=N, the SMS password column as stored, and POST with
 * {@code stored=...} to write it as an earlier version would have.
 */
@WebServlet("/test-fixtures/*")
public class FixturesServlet extends HttpServlet {

    @Inject
    Fixtures fixtures;

    @Inject
    MovableClock clock;

    @Inject
    io.tiski.routing.control.WaitingLine waitingLine;

    @Inject
    io.tiski.routing.control.OfferSweep offerSweep;

    @Inject
    io.tiski.queue.control.ScheduleTick scheduleTick;

    @Inject
    io.tiski.chat.control.TranscriptMailRetry transcriptMailRetry;

    @Inject
    MergeWitness mergeWitness;

    @Inject
    io.tiski.live.LiveCluster liveCluster;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if ("/merges".equals(request.getPathInfo())) {
            var json = Json.createArrayBuilder();
            mergeWitness.of(Long.parseLong(request.getParameter("organisation"))).forEach(seen -> json.add(
                    Json.createObjectBuilder().add("survivorId", seen.survivorId()).add("mergedId", seen.mergedId())
                            .add("inTransaction", seen.inTransaction()).add("mergedStillThere", seen.mergedStillThere())));
            response.setContentType("application/json");
            response.getWriter().write(json.build().toString());
            return;
        }
        if ("/transcript-attempts".equals(request.getPathInfo())) {
            long attempts = fixtures.transcriptAttempts(Long.parseLong(request.getParameter("conversation")));
            response.setContentType("application/json");
            response.getWriter().write("{\"attempts\":" + attempts + "}");
            return;
        }
        if ("/sms-password".equals(request.getPathInfo())) {
            String stored = fixtures.storedSmsPassword(Long.parseLong(request.getParameter("organisation")));
            response.setContentType("application/json");
            var json = Json.createObjectBuilder();
            if (stored == null) {
                json.addNull("stored");
            } else {
                json.add("stored", stored);
            }
            response.getWriter().write(json.build().toString());
            return;
        }
        if (!"/widget".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long organisation = Long.parseLong(request.getParameter("organisation"));
        // With crossOrigin=true the page (opened at 127.0.0.1) loads the widget from localhost, as an
        // enterprise's site loads it from Tiski's: another origin, so its modules need CORS.
        String widget = "true".equals(request.getParameter("crossOrigin"))
                ? "http://localhost:" + request.getLocalPort() + request.getContextPath() + "/widget/tiski.js"
                : "../widget/tiski.js";
        response.setContentType("text/html;charset=UTF-8");
        // A shop with careless styles of its own: they must not reach into the widget (WidgetBrowserIT).
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Test shop</title>"
                + "<style>*{font-family:serif!important;color:#600!important;letter-spacing:1px}"
                + "section,form,ol{display:none!important}button,input,select,textarea{all:unset!important}</style>"
                + "</head><body><h1>Test shop</h1><script src=\"" + widget + "\" data-organisation=\""
                + organisation + "\" async></script></body></html>");
    }

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
            case "/agents" -> {
                var ids = Json.createArrayBuilder();
                fixtures.onlineAgents(Long.parseLong(request.getParameter("organisationId")),
                        Long.parseLong(request.getParameter("queueId")), request.getParameter("prefix"),
                        Integer.parseInt(request.getParameter("count"))).forEach(ids::add);
                response.getWriter().write(ids.build().toString());
            }
            case "/staff" -> {
                long id = fixtures.staffMember(Long.parseLong(request.getParameter("organisationId")),
                        request.getParameter("username"),
                        io.tiski.organisation.entity.Role.valueOf(request.getParameter("role")));
                response.getWriter().write("{\"id\":" + id + "}");
            }
            case "/clock" -> {
                if (request.getParameter("advanceSeconds") == null) {
                    clock.reset();
                } else {
                    clock.advance(java.time.Duration.ofSeconds(Long.parseLong(request.getParameter("advanceSeconds"))));
                }
                response.getWriter().write("{\"now\":\"" + clock.instant() + "\"}");
            }
            // The live line's cluster member of this server: stopped as a fault would stop it, or back.
            case "/live-cluster/leave" -> {
                liveCluster.leave();
                response.getWriter().write("{\"servers\":" + liveCluster.servers() + "}");
            }
            case "/live-cluster/rejoin" -> {
                liveCluster.rejoinIfStopped();
                response.getWriter().write("{\"servers\":" + liveCluster.servers() + "}");
            }
            case "/sweep" -> {
                int abandoned = waitingLine.abandonSilent();
                offerSweep.sweep();
                int scheduleChanges = scheduleTick.tick();
                transcriptMailRetry.retry();
                response.getWriter().write("{\"abandoned\":" + abandoned + ",\"scheduleChanges\":" + scheduleChanges + "}");
            }
            case "/messages" -> {
                long lastSeq = fixtures.manyMessages(Long.parseLong(request.getParameter("conversation")),
                        Integer.parseInt(request.getParameter("count")),
                        Integer.parseInt(request.getParameter("privateEvery")));
                response.getWriter().write("{\"lastSeq\":" + lastSeq + "}");
            }
            case "/deactivate" -> {
                fixtures.deactivate(request.getParameter("username"));
                response.getWriter().write("{}");
            }
            case "/roles" -> {
                var roles = java.util.Arrays.stream(request.getParameter("roles").split(","))
                        .map(io.tiski.organisation.entity.Role::valueOf).collect(java.util.stream.Collectors.toSet());
                fixtures.changeRoles(request.getParameter("username"), roles);
                response.getWriter().write("{}");
            }
            case "/password" -> {
                fixtures.resetPassword(request.getParameter("username"), request.getParameter("password"));
                response.getWriter().write("{}");
            }
            case "/operator" -> {
                fixtures.operator(request.getParameter("username"));
                response.getWriter().write("{}");
            }
            case "/demo-staff" -> {
                var json = Json.createObjectBuilder();
                fixtures.demoStaff(request.getParameter("prefix")).forEach(json::add);
                response.getWriter().write(json.build().toString());
            }
            case "/sms-password" -> {
                fixtures.storeSmsPasswordAsIs(Long.parseLong(request.getParameter("organisation")),
                        request.getParameter("stored"));
                response.getWriter().write("{}");
            }
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
