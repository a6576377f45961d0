package io.tiski.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class DatabaseReadinessTest {

    @Test
    void downWhenTheDatabaseCannotBeReached() {
        var readiness = new DatabaseReadiness();
        readiness.dataSource = new UnreachableDatabase();
        readiness.schema = new SchemaMigration();

        var response = readiness.call();

        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData()).hasValueSatisfying(
                data -> assertThat(data).containsEntry("error", "SQLTransientConnectionException"));
    }

    /** A data source whose database is down: every connection attempt fails as Connector/J's would. */
    private static final class UnreachableDatabase implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLTransientConnectionException("Connection refused");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
