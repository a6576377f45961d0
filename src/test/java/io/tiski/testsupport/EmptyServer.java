package io.tiski.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Liberty server of its own on an empty embedded database, as a new installation starts in
 * production: the shipped WAR, the production configuration, {@code TISKI_DEMO_SEED=false}, a
 * server directory made afresh (so its H2 file is new) whatever database the run uses. For the
 * first-run tests, which need a database without any organisation; the server under test has many.
 */
public final class EmptyServer implements AutoCloseable {

    private static final Pattern SETUP_TOKEN = Pattern.compile("setup\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    private final ExtraServer server;

    private EmptyServer(ExtraServer server) {
        this.server = server;
    }

    /** Starts it and waits until it is ready (about 20 to 40 s on two cores). */
    public static EmptyServer start() {
        var server = new ExtraServer("empty", "empty-server.log").prepare(home -> {
            Files.copy(ExtraServer.FIRST.resolve("server.env"), home.resolve("server.env"), StandardCopyOption.REPLACE_EXISTING);
            Files.copy(Path.of("target/tiski.war").toAbsolutePath(), home.resolve("dropins/tiski.war"));
        });
        // Whatever the run's database, this one is a new embedded file; and no demo to make the first organisation.
        return new EmptyServer(server.start(environment -> {
            environment.put("DB_TYPE", "h2");
            environment.remove("H2_FILE");
            environment.remove("H2_OPTIONS");
            environment.put("TISKI_DEMO_SEED", "false");
        }));
    }

    public URI baseUri() {
        return server.baseUri();
    }

    /** The setup token the server printed to its log at start, if it printed one. */
    public Optional<String> setupToken() {
        try {
            var matcher = SETUP_TOKEN.matcher(Files.readString(server.messagesLog()));
            return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of its log with severity E (errors), e.g. an exception thrown out of a page. */
    public List<String> errorLines() {
        try (Stream<String> lines = Files.lines(server.messagesLog())) {
            return lines.filter(line -> line.matches("^\\[[^]]+] \\S+ \\S+\\s+E .*")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
