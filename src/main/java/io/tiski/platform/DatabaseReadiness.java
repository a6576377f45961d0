package io.tiski.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers and the schema is migrated: no traffic before that. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    @Resource(lookup = "jdbc/tiski")
    DataSource dataSource;

    @Inject
    SchemaMigration schema;

    @Override
    public HealthCheckResponse call() {
        try (var connection = dataSource.getConnection()) {
            boolean reachable = connection.isValid(VALIDATION_TIMEOUT_SECONDS);
            boolean migrated = schema.isComplete();
            return response(reachable && migrated, Map.of("reachable", reachable, "migrated", migrated));
        } catch (SQLException | RuntimeException e) {
            return response(false, Map.of("error", e.getClass().getSimpleName()));
        }
    }

    private static HealthCheckResponse response(boolean up, Map<String, Object> data) {
        return new HealthCheckResponse("database", up ? Status.UP : Status.DOWN, Optional.of(data));
    }
}
