package io.tiski.platform;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way Tiski writes to a WebSocket. Sends never block the caller (often a thread that has
 * just committed a transaction, or another customer's connection): each connection has its own
 * queue, written one frame at a time with the container's asynchronous sender. A connection that
 * does not keep up (a laptop asleep on a half-open connection) is closed once {@value #MAX_QUEUED}
 * frames wait or a write takes longer than {@value #SEND_TIMEOUT_MILLIS} ms; its client reconnects
 * and catches up by sequence number, so nothing is lost.
 */
public final class SocketSender {

    static final int MAX_QUEUED = 1000;
    static final long SEND_TIMEOUT_MILLIS = 10_000;

    private static final Logger LOG = Logger.getLogger(SocketSender.class.getName());
    private static final String OUTBOX = "tiski.outbox";

    private SocketSender() {
    }

    /** Queues the text for the connection; false when the connection is closed or had to be closed. */
    public static boolean send(Session session, String text) {
        if (!session.isOpen()) {
            return false;
        }
        var outbox = (Outbox) session.getUserProperties().computeIfAbsent(OUTBOX, key -> new Outbox(session));
        return outbox.offer(text);
    }

    /** Closes the connection once the frames queued before have been written (an error, then the close). */
    public static void closeAfterQueued(Session session, CloseReason reason) {
        var outbox = (Outbox) session.getUserProperties().get(OUTBOX);
        if (outbox == null) {
            close(session, reason);
        } else {
            outbox.closeWhenWritten(reason);
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing failed", e);
        }
    }

    /** One connection's frames in order, at most one write in flight. */
    private static final class Outbox {
        private final Session session;
        private final Deque<String> waiting = new ArrayDeque<>();
        private boolean writing;
        private CloseReason closeWhenDone;

        Outbox(Session session) {
            this.session = session;
            session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
        }

        synchronized boolean offer(String text) {
            if (waiting.size() >= MAX_QUEUED) {
                tooSlow("more than " + MAX_QUEUED + " frames waiting");
                return false;
            }
            waiting.add(text);
            if (!writing) {
                writeNext();
            }
            return true;
        }

        synchronized void closeWhenWritten(CloseReason reason) {
            if (writing || !waiting.isEmpty()) {
                closeWhenDone = reason;
            } else {
                close(session, reason);
            }
        }

        // Called with the lock held.
        private void writeNext() {
            String next = waiting.poll();
            writing = next != null;
            if (next == null) {
                if (closeWhenDone != null) {
                    close(session, closeWhenDone);
                }
                return;
            }
            try {
                session.getAsyncRemote().sendText(next, this::written);
            } catch (IllegalStateException | IllegalArgumentException e) {
                LOG.log(Level.FINE, "Connection gone while sending", e);
                waiting.clear();
                writing = false;
            }
        }

        private synchronized void written(SendResult result) {
            if (!result.isOK()) {
                LOG.log(Level.FINE, "A write failed; closing the connection", result.getException());
                waiting.clear();
                writing = false;
                tooSlow("write failed");
                return;
            }
            writeNext();
        }

        private void tooSlow(String why) {
            LOG.fine(() -> "Closing a WebSocket connection that does not keep up: " + why);
            close(session, new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow"));
        }
    }
}
