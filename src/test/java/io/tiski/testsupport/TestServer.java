package io.tiski.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** How long the server's log (Liberty's messages.log) is now, in bytes: where {@link #logSince} starts. */
    public static long logSize() {
        try {
            return Files.size(log());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the server logged since {@link #logSize} answered {@code offset}. Counted in bytes, not
     * characters: the log is UTF-8 and holds characters of more than one byte.
     */
    public static String logSince(long offset) {
        try {
            byte[] log = Files.readAllBytes(log());
            int from = (int) Math.min(offset, log.length);
            return new String(log, from, log.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path log() {
        return directory().resolve("logs/messages.log");
    }

    /** The server's directory (configuration, dropins, and the embedded database's file). */
    public static Path directory() {
        return runtime().resolve("usr/servers").resolve(name());
    }
}
