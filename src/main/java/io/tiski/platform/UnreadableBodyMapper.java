package io.tiski.platform;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request body that JSON-B cannot read (not JSON, cut off, an array where an object belongs, a
 * word where a number belongs) is the caller's mistake: 400 with a problem in their language,
 * without the parser's message (it names classes and tokens) and without a stack trace in the
 * server's log. The answers Tiski writes itself are plain records that JSON-B always writes, so a
 * JSON-B failure is one of reading.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException failure) {
        return Problem.answer(Response.Status.BAD_REQUEST, headers, "error.badBody");
    }
}
