package io.tiski.platform;

import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The answer of {@link TransactionFailureMapper} for a JPA failure that surfaced before the commit. */
@Provider
public class PersistenceFailureMapper implements ExceptionMapper<PersistenceException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(PersistenceException failure) {
        return TransactionFailureMapper.answer(failure, headers);
    }
}
