package io.tiski.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.TreeMap;

/** Bean Validation failures of a request body: 400 with one message per field. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Map<String, String> fields = new TreeMap<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            fields.merge(leafName(violation), violation.getMessage(), (a, b) -> a + " " + b);
        }
        var status = Response.Status.BAD_REQUEST;
        String detail = String.join(" ", fields.values());
        return new Problem(status.getReasonPhrase(), status.getStatusCode(), detail, fields).toResponse();
    }

    private static String leafName(ConstraintViolation<?> violation) {
        String name = null;
        for (var node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "request" : name;
    }
}
