package io.tiski.platform;

import jakarta.persistence.OptimisticLockException;

/**
 * A write that lost to another transaction: a row's version changed between this transaction's
 * read and its write, on this server or another. The caller may simply try again.
 */
public final class StaleWrite {

    private StaleWrite() {
    }

    /** Whether the failure, or anything it wraps, is a lost optimistic lock. */
    public static boolean isCause(Throwable failure) {
        // EclipseLink throws the JPA exception, sometimes around its own one of the same simple
        // name; a commit that fails wraps it in the transaction manager's exceptions.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
