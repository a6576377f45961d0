package io.tiski.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers, within a second. For answers that would otherwise be
 * dishonest: a login refused while the staff table could not be read is "briefly unavailable",
 * not "wrong password" (the identity store's failure reaches its caller only as a failed check).
 */
@ApplicationScoped
public class DatabaseProbe {

    private static final int TIMEOUT_SECONDS = 1;

    @Resource(lookup = "jdbc/tiski")
    DataSource dataSource;

    public boolean answers() {
        try (var connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
