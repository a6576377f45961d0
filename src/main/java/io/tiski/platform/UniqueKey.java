package io.tiski.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Writes now and turns a unique-key violation into the given failure (usually a {@link Conflict}). A name check before
 * the insert cannot see a concurrent transaction's row; the database's unique key can, and this
 * makes the loser of such a race get the same clear answer as a sequential duplicate.
 */
public final class UniqueKey {

    // SQLSTATE class 23: integrity constraint violation (MariaDB and H2 alike).
    private static final String INTEGRITY_VIOLATION = "23";

    private UniqueKey() {
    }

    public static void flush(EntityManager em, Supplier<? extends ApplicationFailure> conflict) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isIntegrityViolation(e)) {
                throw conflict.get();
            }
            throw e;
        }
    }

    static boolean isIntegrityViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
                return true;
            }
        }
        return false;
    }
}
