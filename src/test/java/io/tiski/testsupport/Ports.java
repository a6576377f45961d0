package io.tiski.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** Ports for what a test starts on this machine (a server, a database, a load balancer). */
final class Ports {

    private Ports() {
    }

    /** A port nothing listens on now, chosen by the system. */
    static int free() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
