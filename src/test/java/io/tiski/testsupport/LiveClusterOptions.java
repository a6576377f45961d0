package io.tiski.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The live-line cluster settings of a test server's {@code jvm.options} (see the README, "Several
 * servers"): the first server's options, with this server's own cluster port and the members it
 * joins. A server on a database of its own joins nobody: it must never hear another database's chats.
 */
public final class LiveClusterOptions {

    private LiveClusterOptions() {
    }

    /** Copies the first server's options with this cluster port and these members (none: alone). */
    public static void copy(Path from, Path to, int port, String members) {
        try {
            List<String> options = new ArrayList<>(Files.readAllLines(from).stream()
                    .filter(line -> !line.startsWith("-Dtiski.live.")).toList());
            options.add("-Dtiski.live.port=" + port);
            if (!members.isEmpty()) {
                options.add("-Dtiski.live.members=" + members);
            }
            Files.write(to, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the options (copied from the first server's) join the first server's shared caches of
     * logins and sessions (src/test/liberty/caches.xml) as their second member, on its own port.
     */
    public static void joinCaches(Path options) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(options).stream()
                    .filter(line -> !line.startsWith("-Dtiski.caches.port=")).toList());
            lines.add("-Dtiski.caches.port=" + System.getProperty("tiski.second.caches.port", "5812"));
            Files.write(options, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Alone, on a free port of its own. */
    public static void alone(Path from, Path to) {
        copy(from, to, freePort(), "");
    }

    /** The first server's cluster port, chosen by Maven for this run. */
    public static int firstPort() {
        return Integer.parseInt(System.getProperty("tiski.live.port", "5701"));
    }

    /** The second server's cluster port, chosen by Maven for this run. */
    public static int secondPort() {
        return Integer.parseInt(System.getProperty("tiski.second.live.port", "5702"));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
