package io.tiski.testsupport;

import java.net.URI;
import java.nio.file.Path;

/**
 * The Liberty server under test. Maven starts it once for the whole suite (liberty-maven-plugin
 * around Failsafe, see pom.xml) with the test WAR: the shipped WAR plus the server-side fixtures
 * of {@code io.tiski.testsupport.server}. Tests talk to it as a browser or API client would.
 */
public final class TestServer {

    private TestServer() {
    }

    /** Where the server under test answers; the port is the free one Maven chose for this run. */
    public static URI baseUri() {
        return URI.create("http://localhost:" + System.getProperty("tiski.http.port", "9080") + "/");
    }

    /** The server's name in the Liberty runtime, its own so that a developer's server can run beside it. */
    public static String name() {
        return System.getProperty("tiski.server.name", "tiski-it");
    }

    /** The test WAR's application name (its file in the server's dropins, see pom.xml). */
    public static String applicationName() {
        return "tiski-it";
    }

    /** The Liberty runtime the build installed. */
    public static Path runtime() {
        return Path.of(System.getProperty("tiski.wlp.dir", "target/liberty/wlp")).toAbsolutePath();
    }

    /** The server's directory (configuration, dropins, and the embedded database's file). */
    public static Path directory() {
        return runtime().resolve("usr/servers").resolve(name());
    }
}
