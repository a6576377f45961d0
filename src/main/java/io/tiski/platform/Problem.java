package io.tiski.platform;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** An RFC 9457 problem document, the one error shape of the REST API. */
public record Problem(String title, int status, String detail, Map<String, String> fields) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without field messages: the status's own title and one message in the caller's language. */
    public static Response answer(Response.Status status, HttpHeaders headers, String messageKey) {
        return new Problem(status.getReasonPhrase(), status.getStatusCode(),
                UiText.get(RequestLanguage.of(headers), messageKey), Map.of()).toResponse();
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
