package io.tiski.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * HAProxy (Debian's {@code haproxy} package) in front of the {@link TestServer} ("first") and the
 * {@link SecondServer} ("second"), as an operator would run it (see the README, "Several servers"):
 * round robin, health checks on {@code /health/ready}, the client's address in X-Forwarded-For
 * (the servers trust this machine as a proxy, so their limits per address still see clients), and
 * a stickiness cookie {@value #STICKY_COOKIE} as an optimisation only: when its server is down,
 * the request goes to the other one ({@code option redispatch}). Every answer names its server in
 * {@value #SERVED_BY}, so a test knows whom to kill.
 *
 * <p>One balancer for the run, started with a configuration generated into {@code target/} on a
 * free port by the first class that registers it, and stopped when the run ends.
 */
public final class LoadBalancer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** The cookie HAProxy sets to keep a browser on one server while that server is up. */
    public static final String STICKY_COOKIE = "TiskiServer";
    /** The answer's header that names the server that answered ("first" or "second"). */
    public static final String SERVED_BY = "X-Tiski-Served-By";

    private static final Path HOME = Path.of("target/load-balancer").toAbsolutePath();
    private static final LoadBalancer SHARED = new LoadBalancer(Ports.free());

    private final int port;
    private Process process;

    private LoadBalancer(int port) {
        this.port = port;
    }

    /**
     * The run's balancer; register it after the second server it balances:
     * {@code @RegisterExtension @Order(2) static final LoadBalancer BALANCER = LoadBalancer.shared();}
     */
    public static LoadBalancer shared() {
        return SHARED;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (process != null && process.isAlive()) {
            return;
        }
        Files.createDirectories(HOME);
        Path config = HOME.resolve("haproxy.cfg");
        Files.writeString(config, config(SecondServer.shared().baseUri().getPort()));
        process = new ProcessBuilder(haproxy(), "-db", "-f", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(HOME.resolve("haproxy.log").toFile()))
                .start();
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(LoadBalancer.class, this);
        // Ready when it answers through a healthy server.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("HAProxy stopped; see target/load-balancer/haproxy.log");
            }
            return servedBy().isPresent();
        });
    }

    /** Where clients reach Tiski through the balancer. */
    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** Which server answers a request that carries no stickiness cookie, or nothing while none can. */
    public Optional<String> servedBy() {
        try {
            // HTTP/1.1 as browsers speak it: the JDK's default asks to upgrade to h2c, which Liberty
            // grants, and the balancer then passes the connection through without naming the server.
            var response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(baseUri().resolve("health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200 ? response.headers().firstValue(SERVED_BY) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    public synchronized void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private String config(int secondPort) {
        int firstPort = TestServer.baseUri().getPort();
        return String.join("\n",
                "# Generated by the tests (io.tiski.testsupport.LoadBalancer); the README shows the production form.",
                "global",
                "    maxconn 4096",
                "defaults",
                "    mode http",
                "    timeout connect 2s",
                "    timeout client 60s",
                "    timeout server 60s",
                // An open WebSocket is a tunnel; the desk and the widget send a heartbeat within this.
                "    timeout tunnel 1h",
                // A request that cannot reach its server (dead, not yet marked down) is retried on the other.
                "    retries 3",
                "    option redispatch 1",
                "frontend tiski",
                "    bind 127.0.0.1:" + port,
                "    option forwardfor",
                "    default_backend servers",
                "backend servers",
                "    balance roundrobin",
                "    option httpchk GET /health/ready",
                "    cookie " + STICKY_COOKIE + " insert indirect nocache httponly",
                "    http-response set-header " + SERVED_BY + " %[srv_name]",
                "    default-server check inter 1s fall 2 rise 2",
                "    server first 127.0.0.1:" + firstPort + " cookie first",
                "    server second 127.0.0.1:" + secondPort + " cookie second",
                "");
    }

    private static String haproxy() {
        return Stream.of("/usr/sbin/haproxy", "/usr/local/sbin/haproxy", "/usr/bin/haproxy")
                .filter(path -> Files.isExecutable(Path.of(path)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "The multi-server tests need HAProxy in front of the servers: apt-get install haproxy"));
    }
}
