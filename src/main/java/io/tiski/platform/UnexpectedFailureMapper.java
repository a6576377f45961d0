package io.tiski.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Whatever no nearer mapper answers (an enterprise bean's EJBException around a database failure,
 * a bug): never the exception's own text, which may hold SQL, column names or the database's
 * address. A database outage is 503 with Retry-After, a lost race 409, the rest 500, each a
 * problem in the caller's language ({@link TransactionFailureMapper}). JAX-RS's own answers
 * (404, 405, 415 ...) pass unchanged.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<RuntimeException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(RuntimeException failure) {
        if (failure instanceof WebApplicationException jaxRs) {
            return jaxRs.getResponse();
        }
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof ApplicationFailure wrapped) {
                return ApplicationFailureMapper.problem(wrapped, headers);
            }
        }
        return TransactionFailureMapper.answer(failure, headers);
    }
}
