package io.tiski.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

/**
 * The MariaDB database the server under test uses, reached with the same environment variables
 * the server reads (DB_TYPE, DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD; see
 * liberty/datasource/mariadb.xml), for benchmarks that write in bulk or read the server's status.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isMariaDb() {
        return "mariadb".equalsIgnoreCase(System.getenv("DB_TYPE"));
    }

    public static Connection connect() throws SQLException {
        String url = "jdbc:mariadb://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "3306") + "/"
                + env("DB_NAME", "tiski");
        return DriverManager.getConnection(url, env("DB_USER", "root"), env("DB_PASSWORD", ""));
    }

    /**
     * The database server's global counters of that name ({@code SHOW GLOBAL STATUS}): they count
     * every client of the server, not only the one under test.
     */
    public static Map<String, Long> globalStatus(Connection db, String... names) throws SQLException {
        Map<String, Long> status = new TreeMap<>();
        try (var query = db.prepareStatement("SHOW GLOBAL STATUS WHERE Variable_name IN ("
                + String.join(",", java.util.Collections.nCopies(names.length, "?")) + ")")) {
            for (int i = 0; i < names.length; i++) {
                query.setString(i + 1, names[i]);
            }
            try (var result = query.executeQuery()) {
                while (result.next()) {
                    status.put(result.getString(1), result.getLong(2));
                }
            }
        }
        return status;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
