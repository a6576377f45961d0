package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

    @Test
    void aLostConnectionIsAnOutageHoweverDeeplyWrapped() {
        var refused = new SQLNonTransientConnectionException("Socket fail to connect", "08000");
        assertThat(DatabaseOutage.isCause(new RuntimeException(new PersistenceException(refused)))).isTrue();
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLException("gone", "08S01")))).isTrue();
        assertThat(DatabaseOutage.isCause(new ServiceUnavailable())).isTrue();
    }

    @Test
    void rulesRacesAndBugsAreNot() {
        assertThat(DatabaseOutage.isCause(new PersistenceException(new SQLIntegrityConstraintViolationException("dup", "23000"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new OptimisticLockException("stale"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
    }
}
