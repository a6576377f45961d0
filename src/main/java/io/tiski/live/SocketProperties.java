package io.tiski.live;

import jakarta.websocket.Session;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A WebSocket connection's own properties, safe to read and write from any thread. The container's
 * {@link Session#getUserProperties()} is a plain {@code HashMap} (Open Liberty's; the specification
 * promises no more), yet a connection is touched by the thread of its own frames, by every thread
 * that delivers a message to it and by the sweeps. On that map a {@code put} from one thread during
 * another's {@code computeIfAbsent} throws {@code ConcurrentModificationException} (it did in
 * {@code CustomerLines.send} during a reconnect storm, answering a stored message with an
 * error), and a {@code get} during a resize can miss a key that is there (a message not delivered).
 * So Tiski keeps one concurrent map under a single key, put there by {@link #opened} while the
 * connection opens, before any other thread knows it; after that the container's map is only read.
 * A closed connection's map is gone (Open Liberty answers null); reading through here stays safe.
 */
public final class SocketProperties {

    private static final String KEY = "tiski.properties";

    private SocketProperties() {
    }

    /** The first thing every endpoint's {@code @OnOpen} does. */
    public static void opened(Session session) {
        session.getUserProperties().putIfAbsent(KEY, new ConcurrentHashMap<String, Object>());
    }

    /**
     * The connection's properties. A connection that was never opened through {@link #opened}, or
     * that the container has cleared while closing, has none: it gets an empty map of its own that
     * nobody else sees, so what is written there is dropped with the connection.
     */
    @SuppressWarnings("unchecked")
    public static ConcurrentMap<String, Object> of(Session session) {
        // Open Liberty drops a closed session's map altogether (getUserProperties() answers null),
        // and a delivery may still hold the session from a moment before.
        var container = session.getUserProperties();
        return container != null && container.get(KEY) instanceof ConcurrentMap<?, ?> properties
                ? (ConcurrentMap<String, Object>) properties
                : new ConcurrentHashMap<>();
    }
}
