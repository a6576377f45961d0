package io.tiski.testsupport;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A Liberty server of its own on a MariaDB of its own ({@link OwnMariaDb}), for tests that stop the
 * database, which the suite's server shares with every other test. The test WAR (with the
 * server-side fixtures and the movable clock, so {@code test-fixtures/...} work at
 * {@link #baseUri()}), the production configuration, no demo data, its own port and JVM.
 */
public final class OwnDatabaseServer implements AutoCloseable {

    private final ExtraServer server;

    private OwnDatabaseServer(ExtraServer server) {
        this.server = server;
    }

    /** Starts it on that database and waits until it is ready. */
    public static OwnDatabaseServer start(OwnMariaDb database, String databaseName) {
        var first = ExtraServer.FIRST;
        var server = new ExtraServer("own-db", "own-db-server.log").prepare(home -> {
            // The first server's environment (its keystore password) with a database of its own:
            // server.env wins over the test run's DB_* variables.
            Files.writeString(home.resolve("server.env"), String.join("\n", Files.readString(first.resolve("server.env")).strip(),
                    "DB_TYPE=mariadb", "DB_HOST=127.0.0.1", "DB_PORT=" + database.port(), "DB_NAME=" + databaseName,
                    "DB_USER=root", "DB_PASSWORD=", "TISKI_DEMO_SEED=false", ""));
            try (Stream<Path> wars = Files.list(first.resolve("dropins"))) {
                var war = wars.filter(path -> path.getFileName().toString().endsWith(".war")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No test WAR in " + first.resolve("dropins")));
                Files.copy(war, home.resolve("dropins").resolve(war.getFileName()));
            }
        });
        return new OwnDatabaseServer(server.start(environment -> { }));
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /** Whether the server says it is ready (its database answers and is migrated). */
    public boolean ready() {
        return server.ready();
    }

    /** The server's own log (Liberty's messages.log: the application's warnings and errors). */
    public Path messagesLog() {
        return server.messagesLog();
    }

    @Override
    public void close() {
        server.close();
    }
}
