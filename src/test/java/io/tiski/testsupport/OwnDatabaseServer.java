package io.tiski.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Liberty server of its own on a MariaDB of its own ({@link OwnMariaDb}), for tests that stop the
 * database, which the suite's server shares with every other test. The test WAR (with the
 * server-side fixtures and the movable clock, so {@code test-fixtures/...} work at
 * {@link #baseUri()}), the production configuration, no demo data, its own port and JVM.
 */
public final class OwnDatabaseServer implements AutoCloseable {

    private static final Path FIRST = TestServer.directory();
    private static final String NAME = TestServer.name() + "-own-db";
    private static final Path HOME = TestServer.runtime().resolve("usr/servers/" + NAME);
    private static final Path LOG = Path.of("target/own-db-server.log");

    private final int port = freePort();
    private final Process process;

    private OwnDatabaseServer(OwnMariaDb database, String databaseName) {
        prepare(database, databaseName);
        var builder = new ProcessBuilder(TestServer.runtime().resolve("bin/server").toString(), "run", NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(LOG.toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it on that database and waits until it is ready. */
    public static OwnDatabaseServer start(OwnMariaDb database, String databaseName) {
        var server = new OwnDatabaseServer(database, databaseName);
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!server.process.isAlive()) {
                    throw new IllegalStateException("The server stopped while starting; see " + LOG);
                }
                return server.health() == 200;
            });
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Whether the server says it is ready (its database answers and is migrated). */
    public boolean ready() {
        return health() == 200;
    }

    /** The server's own log (Liberty's messages.log: the application's warnings and errors). */
    public Path messagesLog() {
        return HOME.resolve("logs/messages.log");
    }

    @Override
    public void close() {
        var handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroy);
        handle.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void prepare(OwnMariaDb database, String databaseName) {
        try {
            if (Files.exists(HOME)) {
                try (Stream<Path> old = Files.walk(HOME)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(HOME.resolve("dropins"));
            Files.copy(FIRST.resolve("server.xml"), HOME.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
            LiveClusterOptions.alone(FIRST.resolve("jvm.options"), HOME.resolve("jvm.options"));
            ServerFolders.copy(FIRST, HOME);
            // The first server's environment (its keystore password) with a database of its own:
            // server.env wins over the test run's DB_* variables.
            Files.writeString(HOME.resolve("server.env"), String.join("\n", Files.readString(FIRST.resolve("server.env")).strip(),
                    "DB_TYPE=mariadb", "DB_HOST=127.0.0.1", "DB_PORT=" + database.port(), "DB_NAME=" + databaseName,
                    "DB_USER=root", "DB_PASSWORD=", "TISKI_DEMO_SEED=false", ""));
            Files.writeString(HOME.resolve("bootstrap.properties"), "http.port=" + port + "\n");
            try (Stream<Path> wars = Files.list(FIRST.resolve("dropins"))) {
                var war = wars.filter(path -> path.getFileName().toString().endsWith(".war")).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No test WAR in " + FIRST.resolve("dropins")));
                Files.copy(war, HOME.resolve("dropins").resolve(war.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int health() {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri().resolve("health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
