package io.tiski.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A Liberty server process beside the suite's, for a test that needs a server in a state the
 * suite's cannot be in (an empty database, a database of its own): the same runtime, a directory
 * made afresh from the suite server's configuration, alone in its live cluster, its own port, JVM
 * and log. {@link EmptyServer} and {@link OwnDatabaseServer} are the two kinds.
 */
final class ExtraServer implements AutoCloseable {

    static final Path FIRST = TestServer.directory();

    private final String name;
    private final Path home;
    private final Path log;
    private final int port = Ports.free();
    private Process process;

    /** {@code suffix} names it after the suite's server; its console output goes to {@code target/<logName>}. */
    ExtraServer(String suffix, String logName) {
        this.name = TestServer.name() + "-" + suffix;
        this.home = TestServer.runtime().resolve("usr/servers/" + name);
        this.log = Path.of("target", logName);
    }

    /**
     * Makes its directory afresh: the suite server's server.xml, its folders and its JVM options
     * (alone in the live cluster), this server's port; {@code fill} adds the rest (a WAR in
     * dropins, server.env).
     */
    ExtraServer prepare(IoConsumer<Path> fill) {
        try {
            if (Files.exists(home)) {
                try (Stream<Path> old = Files.walk(home)) {
                    old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(home.resolve("dropins"));
            Files.copy(FIRST.resolve("server.xml"), home.resolve("server.xml"), StandardCopyOption.REPLACE_EXISTING);
            LiveClusterOptions.alone(FIRST.resolve("jvm.options"), home.resolve("jvm.options"));
            ServerFolders.copy(FIRST, home);
            Files.writeString(home.resolve("bootstrap.properties"), "http.port=" + port + "\n");
            fill.accept(home);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Starts it with the test run's environment as {@code environment} changes it, and waits until it is ready. */
    ExtraServer start(Consumer<Map<String, String>> environment) {
        var builder = new ProcessBuilder(TestServer.runtime().resolve("bin/server").toString(), "run", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        environment.accept(builder.environment());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(250)).until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The server " + name + " stopped while starting; see " + log);
                }
                return ready();
            });
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        return this;
    }

    URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Liberty's messages.log of this server: the application's warnings and errors. */
    Path messagesLog() {
        return home.resolve("logs/messages.log");
    }

    /** Whether the server says it is ready (its database answers and is migrated). */
    boolean ready() {
        return readiness(baseUri()) == 200;
    }

    @Override
    public void close() {
        if (process == null) {
            return;
        }
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

    /** The status of a server's readiness check at {@code baseUri}, or -1 while nothing answers there. */
    static int readiness(URI baseUri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(baseUri.resolve("health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** A step of preparing a directory, which may fail on the file system. */
    @FunctionalInterface
    interface IoConsumer<T> {
        void accept(T value) throws IOException;
    }
}
