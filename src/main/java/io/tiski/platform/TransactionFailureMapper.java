package io.tiski.platform;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A use case whose transaction failed in the database rather than on a rule: a write that lost to
 * a concurrent one (two agents taking one customer on two servers), or chosen as a deadlock's
 * victim (logged: none should happen), is 409 with "try again", as a rule's conflict is; a
 * database that does not answer is 503 "briefly unavailable" with Retry-After
 * ({@link DatabaseOutage}); anything else is logged and answered 500 with a problem in the
 * caller's language, never with a stack trace. {@link PersistenceFailureMapper} does the same for failures
 * thrown before the commit.
 */
@Provider
public class TransactionFailureMapper implements ExceptionMapper<TransactionalException> {

    private static final Logger LOG = Logger.getLogger(TransactionFailureMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TransactionalException failure) {
        return answer(failure, headers);
    }

    static Response answer(RuntimeException failure, HttpHeaders headers) {
        if (DatabaseOutage.isCause(failure)) {
            FailureLog.failed("REST request", failure);
            return ApplicationFailureMapper.problem(new ServiceUnavailable(), headers);
        }
        if (StaleWrite.isCause(failure)) {
            if (StaleWrite.isDeadlock(failure)) {
                FailureLog.failed("REST request, a deadlock's victim answered try again", failure);
            }
            return ApplicationFailureMapper.problem(new Conflict(null, "error.retry"), headers);
        }
        LOG.log(Level.SEVERE, "A request failed in the database", failure);
        return Problem.answer(Response.Status.INTERNAL_SERVER_ERROR, headers, "error.failed.text");
    }
}
