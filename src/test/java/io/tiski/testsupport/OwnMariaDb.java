package io.tiski.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server of a test's own: its own data directory under target/, its own port on
 * 127.0.0.1, root without a password; made with {@code mariadb-install-db} and run as a plain
 * {@code mariadbd} process, so a test can kill it hard ({@code SIGKILL}, like a crash or a power
 * cut) and start it again on the same data. Needs the MariaDB server package on the machine
 * (.ci/run installs it); {@link #available()} says whether it is there.
 */
public final class OwnMariaDb implements AutoCloseable {

    private static final Path MARIADBD = Path.of("/usr/sbin/mariadbd");
    private static final Path INSTALL = Path.of("/usr/bin/mariadb-install-db");

    private final Path home;
    private final int port = Ports.free();
    private Process process;

    private OwnMariaDb(Path home) {
        this.home = home.toAbsolutePath();
    }

    public static boolean available() {
        return Files.isExecutable(MARIADBD) && Files.isExecutable(INSTALL);
    }

    /** Makes an empty data directory at {@code home} (removing an old one), starts the server, creates {@code database}. */
    public static OwnMariaDb start(Path home, String database) {
        var db = new OwnMariaDb(home);
        db.install();
        db.launch();
        try (var connection = DriverManager.getConnection(db.url(""), "root", "");
             var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            db.close();
            throw new IllegalStateException("Could not create the database " + database, e);
        }
        return db;
    }

    public int port() {
        return port;
    }

    /** Like a crash: SIGKILL, no shutdown, nothing flushed that InnoDB had not made durable. */
    public void killHard() {
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts it again on the same data and port (crash recovery included), waiting until it answers. */
    public void restart() {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            killHard();
        }
    }

    private String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?connectTimeout=2000";
    }

    private void install() {
        try {
            if (Files.exists(home)) {
                try (Stream<Path> old = Files.walk(home)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(home);
            run(List.of(INSTALL.toString(), "--no-defaults", "--datadir=" + home.resolve("data"), "--user=" + user(),
                    "--auth-root-authentication-method=normal", "--skip-test-db"), home.resolve("install.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() {
        var builder = new ProcessBuilder(MARIADBD.toString(), "--no-defaults", "--datadir=" + home.resolve("data"),
                "--user=" + user(), "--bind-address=127.0.0.1", "--port=" + port,
                "--socket=" + home.resolve("mariadb.sock"), "--pid-file=" + home.resolve("mariadb.pid"),
                "--innodb-buffer-pool-size=32M", "--skip-name-resolve")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("server.log").toFile()));
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd stopped while starting; see " + home.resolve("server.log"));
            }
            try (var connection = DriverManager.getConnection(url(""), "root", "")) {
                return connection.isValid(1);
            } catch (SQLException notYet) {
                return false;
            }
        });
    }

    /** mariadbd refuses to run as root unless told so explicitly; as anyone else it runs as that user. */
    private static String user() {
        return System.getProperty("user.name");
    }

    private static void run(List<String> command, Path log) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile())).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed; see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
