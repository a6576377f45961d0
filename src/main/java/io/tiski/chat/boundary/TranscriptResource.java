package io.tiski.chat.boundary;

import io.tiski.chat.control.Transcripts;
import io.tiski.platform.InvalidInput;
import io.tiski.routing.control.CustomerTokens;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** POST /api/public/conversation/transcript {email}: the customer asks for their transcript (token in Authorization). */
@Path("public/conversation/transcript")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TranscriptResource {

    /** The request body. */
    public record TranscriptRequestJson(String email) {
    }

    @Inject
    Transcripts transcripts;

    @Context
    HttpServletRequest http;

    @POST
    public Response request(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, TranscriptRequestJson request) {
        if (request == null) {
            throw new InvalidInput("email", "chat.transcript.email");
        }
        transcripts.request(CustomerTokens.fromAuthorization(authorization), request.email(), http.getRemoteAddr());
        return Response.accepted().build();
    }
}
