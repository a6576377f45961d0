package io.tiski.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A second Liberty server beside the {@link TestServer}: same runtime, same configuration, same
 * database, same WAR, its own port and JVM. It is what a second node
 * behind a load balancer would be, and it can be killed hard ({@code SIGKILL}) and started again.
 * With the embedded database both servers open the same H2 file, which the test set-up opens with
 * AUTO_SERVER so that a second process may share it.
 *
 * <p>One second server serves every multi-server class of a test run: the first class that
 * registers it starts it, a class that finds it dead (killed and not restarted) starts it again,
 * and it is stopped when the run ends.
 */
public final class SecondServer implements AutoCloseable, BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static final Path FIRST = TestServer.directory();
    private static final String NAME = TestServer.name() + "-second";
    private static final Path HOME = TestServer.runtime().resolve("usr/servers/" + NAME);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    private static final SecondServer SHARED = new SecondServer(Ports.free());

    private final int port;
    private Process process;

    private SecondServer(int port) {
        this.port = port;
    }

    /**
     * The run's second server, started before the first test class that needs it:
     * {@code @RegisterExtension static final SecondServer SECOND = SecondServer.shared();}
     */
    public static SecondServer shared() {
        return SHARED;
    }

    /** Starts the server unless it runs; the run's root context closes it at the end. */
    @Override
    public synchronized void beforeAll(ExtensionContext context) {
        if (process != null && process.isAlive()) {
            return;
        }
        if (process == null) {
            prepare();
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SecondServer.class, this);
        }
        launch();
    }

    /** Its Liberty server name, as {@link ServerProcess#named} finds its JVM. */
    public String name() {
        return NAME;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Like a power cut: SIGKILL to the server JVM, no shutdown hooks, no chance to finish anything. */
    public void killHard() {
        var handle = process.toHandle();
        handle.descendants().forEach(ProcessHandle::destroyForcibly);
        handle.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        waitUntilDown();
    }

    /** Starts it again on the same port, as an operator or a supervisor would after a crash. */
    public void restart() {
        launch();
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            killHard();
        }
    }

    private void prepare() {
        try {
            Files.createDirectories(HOME.resolve("dropins"));
            copy(FIRST.resolve("server.xml"), HOME.resolve("server.xml"));
            copy(FIRST.resolve("server.env"), HOME.resolve("server.env"));
            // Its own cluster ports; it joins the first server's live line (LiveCluster) and shared caches.
            LiveClusterOptions.copy(FIRST.resolve("jvm.options"), HOME.resolve("jvm.options"), LiveClusterOptions.secondPort(),
                    "127.0.0.1:" + LiveClusterOptions.firstPort() + ",127.0.0.1:" + LiveClusterOptions.secondPort());
            LiveClusterOptions.joinCaches(HOME.resolve("jvm.options"));
            ServerFolders.copy(FIRST, HOME);
            // The first server's settings with this server's own port.
            var bootstrap = new java.util.Properties();
            try (var in = Files.newInputStream(FIRST.resolve("bootstrap.properties"))) {
                bootstrap.load(in);
            }
            bootstrap.setProperty("http.port", Integer.toString(port));
            try (var out = Files.newOutputStream(HOME.resolve("bootstrap.properties"))) {
                bootstrap.store(out, "The second test server");
            }
            // The first server's very WAR under its name: a session one server wrote, the other reads
            // (the servers share sessions, see liberty/server.xml), and CDI names the beans in it by
            // application and archive, as every server of an installation runs the same build.
            Files.deleteIfExists(HOME.resolve("dropins/tiski.war"));
            copy(FIRST.resolve("dropins/" + TestServer.applicationName() + ".war"),
                    HOME.resolve("dropins/" + TestServer.applicationName() + ".war"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void launch() {
        var builder = new ProcessBuilder(TestServer.runtime().resolve("bin/server").toString(), "run", NAME)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/second-server.log").toFile()));
        // The same embedded database file as the first server (ignored with MariaDB).
        builder.environment().put("H2_FILE", FIRST.resolve("data/tiski").toString());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        waitUntilReady();
    }

    private void waitUntilReady() {
        await().atMost(START_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second server stopped while starting; see target/second-server.log");
            }
            return health() == 200;
        });
    }

    private void waitUntilDown() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() -> health() == -1);
    }

    /** The readiness answer's status, or -1 while nothing listens. */
    private int health() {
        return ExtraServer.readiness(baseUri());
    }

    private static void copy(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
