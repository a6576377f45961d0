package io.tiski.contact.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.tiski.contact.entity.MessageStatus;
import io.tiski.contact.entity.SmsContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP gateway against an SMS service in this JVM (on the loopback, so the server's own
 * networks are allowed unless a test says otherwise), with the host names looked up by the test.
 */
class HttpSmsGatewayTest {

    private static final String TEMPLATE = "{\"to\":\"{to}\",\"text\":\"{text}\"}";

    private HttpServer service;
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger lookups = new AtomicInteger();
    private final List<SmsServiceClient> clients = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startService() throws IOException {
        service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/sms", exchange -> {
            try (exchange) {
                hosts.add(exchange.getRequestHeaders().getFirst("Host"));
                exchange.getRequestBody().readAllBytes();
                if (exchange.getRequestURI().getQuery() != null && exchange.getRequestURI().getQuery().contains("redirect")) {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                    exchange.sendResponseHeaders(302, -1);
                    return;
                }
                exchange.sendResponseHeaders(status.get(), -1);
            }
        });
        service.createContext("/slow", exchange -> {
            try (exchange) {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        service.createContext("/elsewhere", exchange -> {
            try (exchange) {
                hosts.add("redirected");
                exchange.sendResponseHeaders(200, -1);
            }
        });
        service.start();
    }

    @AfterEach
    void stop() {
        release.countDown();
        clients.forEach(SmsServiceClient::close);
        service.stop(0);
    }

    @Test
    void aNameIsLookedUpOnceAndTheConnectionGoesToTheAddressChecked() {
        // "sms.test" exists only in this lookup: the request can reach the service only through it.
        var gateway = gateway(true, Duration.ofSeconds(5), "http://sms.test:" + port() + "/sms", InetAddress.getLoopbackAddress());

        var delivery = gateway.send("+358401234567", "Hi");

        assertThat(delivery.status()).isEqualTo(MessageStatus.SENT);
        assertThat(lookups).as("one lookup, no second one by the client").hasValue(1);
        assertThat(hosts).as("the service is still asked by its name").containsExactly("sms.test:" + port());
    }

    @Test
    void theServersOwnNetworksAreRefusedUnlessAllowedEvenAsALiteral() {
        var byAddress = gateway(false, Duration.ofSeconds(5), "http://127.0.0.1:" + port() + "/sms");
        assertThat(byAddress.send("+358401234567", "Hi").error()).startsWith("The address of the SMS service is in the server’s own network");

        var byName = gateway(false, Duration.ofSeconds(5), "http://sms.test:" + port() + "/sms",
                address("93.184.215.14"), InetAddress.getLoopbackAddress());
        assertThat(byName.send("+358401234567", "Hi").error()).as("one bad address of several refuses the host")
                .startsWith("The address of the SMS service is in the server’s own network");
        assertThat(hosts).as("never connected").isEmpty();
    }

    @Test
    void reservedRangesAreRefusedEvenWhenTheOwnNetworksAreAllowed() {
        var gateway = gateway(true, Duration.ofSeconds(5), "http://sms.test:" + port() + "/sms", address("198.18.0.1"));

        var delivery = gateway.send("+358401234567", "Hi");

        assertThat(delivery.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(delivery.error()).startsWith("The address of the SMS service is reserved for special use");
        assertThat(gateway(true, Duration.ofSeconds(5), "http://[2001:db8::1]:" + port() + "/sms")
                .send("+358401234567", "Hi").error()).startsWith("The address of the SMS service is reserved");
    }

    @Test
    void whatTheNetworkSaysStaysInTheLog() throws IOException {
        int closed;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        var refused = gateway(true, Duration.ofSeconds(5), "http://127.0.0.1:" + closed + "/sms").send("+358401234567", "Hi");
        assertThat(refused.error()).isEqualTo("The SMS service could not be reached.");

        var unknown = gateway(true, Duration.ofSeconds(5), "http://sms.test/sms").send("+358401234567", "Hi");
        assertThat(unknown.error()).as("a name that does not resolve").isEqualTo("The SMS service could not be reached.");
    }

    @Test
    void aRedirectIsNotFollowed() {
        var delivery = gateway(true, Duration.ofSeconds(5), "http://127.0.0.1:" + port() + "/sms?redirect")
                .send("+358401234567", "Hi");

        assertThat(delivery.error()).isEqualTo("The SMS service answered with HTTP status 302.");
        assertThat(hosts).doesNotContain("redirected");
    }

    @Test
    void aServiceThatDoesNotAnswerFailsAtTheDeadline() {
        long start = System.nanoTime();
        var delivery = gateway(true, Duration.ofMillis(500), "http://127.0.0.1:" + port() + "/slow").send("+358401234567", "Hi");

        assertThat(delivery.error()).isEqualTo("The SMS service did not answer within 10 seconds.");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void aServiceThatDripsItsAnswerFailsAtTheDeadlineToo() throws Exception {
        // Each byte comes before the socket's read timeout would fire: only the deadline ends it.
        try (var drip = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var dripping = new Thread(() -> {
                try (var socket = drip.accept(); OutputStream out = socket.getOutputStream()) {
                    for (byte b : "HTTP/1.1 200 OK\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII)) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(100);
                    }
                    while (true) {
                        out.write('a');
                        out.flush();
                        Thread.sleep(100);
                    }
                } catch (IOException | InterruptedException closedByTheClient) {
                    // done
                }
            });
            dripping.setDaemon(true);
            dripping.start();
            long start = System.nanoTime();

            var delivery = gateway(true, Duration.ofMillis(800), "http://127.0.0.1:" + drip.getLocalPort() + "/sms")
                    .send("+358401234567", "Hi");

            assertThat(delivery.status()).isEqualTo(MessageStatus.FAILED);
            assertThat(delivery.error()).startsWith("The SMS service did not answer within");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        }
    }

    @Test
    void aConnectionTheServiceClosedIsNotReused() throws Exception {
        // Answers each request on a kept-alive connection, then closes it without saying so.
        try (var closing = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            var answering = new Thread(() -> {
                while (!closing.isClosed()) {
                    try (var socket = closing.accept()) {
                        var in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                                StandardCharsets.ISO_8859_1));
                        int length = 0;
                        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                            if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
                                length = Integer.parseInt(line.substring(15).strip());
                            }
                        }
                        in.skip(length);
                        socket.getOutputStream().write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                        socket.getOutputStream().flush();
                        hosts.add("answered");
                    } catch (IOException closed) {
                        // the test is over
                    }
                }
            });
            answering.setDaemon(true);
            answering.start();
            var gateway = gateway(true, Duration.ofSeconds(5), "http://127.0.0.1:" + closing.getLocalPort() + "/sms");

            for (int i = 0; i < 3; i++) {
                assertThat(gateway.send("+358401234567", "Hi " + i).status()).as("send " + i).isEqualTo(MessageStatus.SENT);
            }
            assertThat(hosts).hasSize(3);
        }
    }

    private HttpSmsGateway gateway(boolean ownNetworksAllowed, Duration timeout, String url, InetAddress... answer) {
        CheckedDnsResolver.NameLookup lookup = host -> {
            lookups.incrementAndGet();
            if (answer.length == 0) {
                if (host.equals("sms.test")) {
                    throw new java.net.UnknownHostException(host);
                }
                return InetAddress.getAllByName(host);
            }
            return answer;
        };
        var client = new SmsServiceClient(new CheckedDnsResolver(ownNetworksAllowed, lookup), timeout);
        clients.add(client);
        return new HttpSmsGateway(client, 1, URI.create(url), null, null, SmsContentType.JSON, TEMPLATE, Locale.ENGLISH);
    }

    private int port() {
        return service.getAddress().getPort();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
