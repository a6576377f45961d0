package io.tiski.platform;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Whether a failure means the database does not answer (rather than a rule, a bug or a lost race),
 * whichever layer wrapped it: the driver's connection errors (SQLState class 08), Liberty's pool
 * ("stale connection", no connection to be had in time) and EclipseLink's communication failure.
 * Such a failure changed nothing, so it is answered "briefly unavailable, try again", never 500.
 */
public final class DatabaseOutage {

    /** Liberty's and EclipseLink's own types, by name: neither is on the application's class path. */
    private static final Set<String> POOL_FAILURES = Set.of("StaleConnectionException",
            "ConnectionWaitTimeoutException", "ResourceAllocationException", "CommunicationsException");

    private static final int DEEPEST_CAUSE = 32;

    private DatabaseOutage() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < DEEPEST_CAUSE; cause = cause.getCause(), depth++) {
            if (isOutage(cause)) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getNextException() != null && isOutage(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOutage(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                || cause instanceof SQLRecoverableException || cause instanceof ServiceUnavailable) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
            return true;
        }
        return POOL_FAILURES.contains(cause.getClass().getSimpleName()) || communicationFailure(cause);
    }

    /** EclipseLink's DatabaseException says itself whether it is one (isCommunicationFailure). */
    private static boolean communicationFailure(Throwable cause) {
        if (!cause.getClass().getName().startsWith("org.eclipse.persistence.")) {
            return false;
        }
        try {
            return Boolean.TRUE.equals(cause.getClass().getMethod("isCommunicationFailure").invoke(cause));
        } catch (ReflectiveOperationException | RuntimeException notThatKind) {
            return false;
        }
    }
}
