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
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Liberty server of its own on an empty embedded database, as a new installation starts in
 * production: the shipped WAR, the production configuration, {@code TISKI_DEMO_SEED=false}, a
 * server directory made afresh (so its H2 file is new) whatever database the run uses. For the
 * first-run tests, which need a database without any organisation; the server under test has many.
 */
public final class EmptyServer implements AutoCloseable {

    private static final Path FIRST = TestServer.directory();
    private static final String NAME = TestServer.name() + "-empty";
    private static final Path HOME = TestServer.runtime().resolve("usr/servers/" + NAME);
    private static final Path LOG = Path.of("target/empty-server.log");
    private static final Pattern SETUP_TOKEN = Pattern.compile("setup\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private final int port = freePort();
    private final Process process;

    private EmptyServer() {
        prepare();
        var builder = new ProcessBuilder(TestServer.runtime().resolve("bin/server").toString(), "run", NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(LOG.toFile()));
        // Whatever the run's database, this one is a new embedded file; and no demo to make the first organisation.
        builder.environment().put("DB_TYPE", "h2");
        builder.environment().remove("H2_FILE");
        builder.environment().remove("H2_OPTIONS");
        builder.environment().put("TISKI_DEMO_SEED", "false");
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it and waits until it is ready (about 20 to 40 s on two cores). */
    public static EmptyServer start() {
        var server = new EmptyServer();
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!server.process.isAlive()) {
                    throw new IllegalStateException("The empty server stopped while starting; see " + LOG);
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

    /** The setup token the server printed to its log at start, if it printed one. */
    public Optional<String> setupToken() {
        try {
            var matcher = SETUP_TOKEN.matcher(Files.readString(HOME.resolve("logs/messages.log")));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of its log with severity E (errors), e.g. an exception thrown out of a page. */
    public java.util.List<String> errorLines() {
        try (Stream<String> lines = Files.lines(HOME.resolve("logs/messages.log"))) {
            return lines.filter(line -> line.matches("^\\[[^]]+] \\S+ \\S+\\s+E .*")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private void prepare() {
        try {
            if (Files.exists(HOME)) {
                try (Stream<Path> old = Files.walk(HOME)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(HOME.resolve("dropins"));
            for (var file : new String[] {"server.xml", "server.env"}) {
                Files.copy(FIRST.resolve(file), HOME.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
            LiveClusterOptions.alone(FIRST.resolve("jvm.options"), HOME.resolve("jvm.options"));
            ServerFolders.copy(FIRST, HOME);
            Files.writeString(HOME.resolve("bootstrap.properties"), "http.port=" + port + "\n");
            Files.copy(Path.of("target/tiski.war").toAbsolutePath(), HOME.resolve("dropins/tiski.war"));
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
