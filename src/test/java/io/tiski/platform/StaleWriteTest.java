package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class StaleWriteTest {

    @Test
    void aLostOptimisticLockOrADeadlocksVictimMayTryAgain() {
        assertThat(StaleWrite.isCause(new RuntimeException(new OptimisticLockException("stale")))).isTrue();
        // MariaDB's error 1213, as Connector/J reports it
        var deadlock = new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213);
        assertThat(StaleWrite.isCause(new RuntimeException(new PersistenceException(deadlock)))).isTrue();
        assertThat(StaleWrite.isDeadlock(new PersistenceException(deadlock))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        var duplicate = new SQLIntegrityConstraintViolationException("dup", "23000");
        assertThat(StaleWrite.isCause(new PersistenceException(duplicate))).isFalse();
        assertThat(StaleWrite.isCause(new PersistenceException(new SQLException("gone", "08S01")))).isFalse();
        assertThat(StaleWrite.isDeadlock(new OptimisticLockException("stale"))).isFalse();
        assertThat(StaleWrite.isCause(new IllegalStateException("bug"))).isFalse();
    }
}
