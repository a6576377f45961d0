package io.tiski.platform;

import jakarta.websocket.Session;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way Tiski writes to a WebSocket: one send at a time per connection (a session is not
 * safe for concurrent sends), and a lost connection is a normal event, not an error.
 */
public final class SocketSender {

    private static final Logger LOG = Logger.getLogger(SocketSender.class.getName());

    private SocketSender() {
    }

    /** Whether the text went out; false when the connection is closed or broke while sending. */
    public static boolean send(Session session, String text) {
        synchronized (session) {
            if (!session.isOpen()) {
                return false;
            }
            try {
                session.getBasicRemote().sendText(text);
                return true;
            } catch (IOException | IllegalStateException e) {
                LOG.log(Level.FINE, "Connection lost while sending", e);
                return false;
            }
        }
    }
}
