package io.tiski.platform;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;

/**
 * A write that lost to another transaction: a row's version changed between this transaction's
 * read and its write, on this server or another; or the database chose this transaction as the
 * victim of a deadlock and rolled it back. The caller may simply try again.
 */
public final class StaleWrite {

    // SQLSTATE of a transaction rolled back to break a deadlock (MariaDB 1213, H2 40001)
    private static final String DEADLOCK = "40001";

    private StaleWrite() {
    }

    /** Whether the failure, or anything it wraps, is a lost optimistic lock or a deadlock's victim. */
    public static boolean isCause(Throwable failure) {
        // EclipseLink throws the JPA exception, sometimes around its own one of the same simple
        // name; a commit that fails wraps it in the transaction manager's exceptions.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return isDeadlock(failure);
    }

    /**
     * Whether the failure, or anything it wraps, is a deadlock's victim. Tiski takes row locks in id
     * order so that none should happen: each is logged ({@link FailureLog}) as well as answered
     * "try again".
     */
    public static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
