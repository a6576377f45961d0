package io.tiski.platform;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns an application failure into a problem document in the caller's language. */
@Provider
public class ApplicationFailureMapper implements ExceptionMapper<ApplicationFailure> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ApplicationFailure failure) {
        return problem(failure, headers);
    }

    static Response problem(ApplicationFailure failure, HttpHeaders headers) {
        var status = switch (failure.kind()) {
            case INVALID -> Response.Status.BAD_REQUEST;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case TOO_LARGE -> Response.Status.REQUEST_ENTITY_TOO_LARGE;
            case TOO_MANY -> Response.Status.TOO_MANY_REQUESTS;
            case UNAVAILABLE -> Response.Status.SERVICE_UNAVAILABLE;
        };
        var language = RequestLanguage.of(headers);
        String detail = UiText.of(language, failure);
        Map<String, String> fields = new LinkedHashMap<>();
        for (var each : InvalidFields.each(failure)) {
            if (each.field() != null) {
                fields.putIfAbsent(each.field(), UiText.of(language, each));
            }
        }
        var answer = new Problem(status.getReasonPhrase(), status.getStatusCode(), detail, fields).toResponse();
        if (failure instanceof TooManyRequests tooMany) {
            answer.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, tooMany.retryAfterSeconds());
        }
        if (failure instanceof ServiceUnavailable unavailable) {
            answer.getHeaders().putSingle(HttpHeaders.RETRY_AFTER, unavailable.retryAfterSeconds());
        }
        return answer;
    }
}
