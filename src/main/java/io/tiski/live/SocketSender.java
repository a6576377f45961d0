package io.tiski.live;

import jakarta.websocket.CloseReason;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one way Tiski writes to a WebSocket. Sends never block the caller (often a thread that has
 * just committed a transaction, or another customer's connection) and never throw: each connection
 * has its own queue, written one frame at a time with the container's asynchronous sender. A
 * connection that does not keep up (a laptop asleep on a half-open connection) is closed once
 * {@value #MAX_QUEUED} live frames wait or a write takes longer than {@value #SEND_TIMEOUT_MILLIS}
 * ms; its client reconnects and catches up by sequence number, so nothing is lost.
 * <p>
 * Catch-up is paced instead ({@link #sendPage}): a page goes into the same queue, in order, but is
 * not counted against that limit, and the next page is read only once the one before has been
 * written. A long conversation thus never closes a line (an agent's holds every chat of theirs),
 * and what waits for one connection stays within a page or two.
 */
public final class SocketSender {

    static final int MAX_QUEUED = 1000;
    static final long SEND_TIMEOUT_MILLIS = 10_000;
    /** A page is written within this or the line is taken for dead (each write also has its own timeout). */
    static final long PAGE_TIMEOUT_MILLIS = 60_000;

    private static final Logger LOG = Logger.getLogger(SocketSender.class.getName());
    private static final String OUTBOX = "tiski.outbox";
    private static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER, "Too slow");

    private SocketSender() {
    }

    /** Queues the text for the connection; false when the connection is closed or had to be closed. */
    public static boolean send(Session session, String text) {
        var outbox = outbox(session);
        return outbox != null && outbox.offer(text, true, null);
    }

    /**
     * Queues a page of catch-up frames, not counted against the limit of frames waiting. The answer
     * completes with true once the page's last frame is written, with false if the connection closes
     * first. The caller reads the next page meanwhile and waits for this one ({@link #written}) before
     * queuing it.
     */
    public static CompletableFuture<Boolean> sendPage(Session session, List<String> frames) {
        var outbox = outbox(session);
        var written = new CompletableFuture<Boolean>();
        if (outbox == null || frames.isEmpty()) {
            written.complete(outbox != null);
            return written;
        }
        for (int i = 0; i < frames.size(); i++) {
            if (!outbox.offer(frames.get(i), false, i == frames.size() - 1 ? written : null)) {
                written.complete(false);
            }
        }
        return written;
    }

    /**
     * Waits for a page queued by {@link #sendPage}: true once written. A connection that has not taken
     * a whole page in {@value #PAGE_TIMEOUT_MILLIS} ms is closed; its client reconnects and asks again.
     */
    public static boolean written(Session session, CompletableFuture<Boolean> page) {
        try {
            return page.get(PAGE_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.fine("Closing a WebSocket connection that did not take a page of catch-up in time");
            close(session, TOO_SLOW);
            return false;
        } catch (ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Closes the connection once the frames queued before have been written (an error, then the close). */
    public static void closeAfterQueued(Session session, CloseReason reason) {
        var outbox = SocketProperties.of(session).get(OUTBOX);
        if (outbox instanceof Outbox queued) {
            queued.closeWhenWritten(reason);
        } else {
            close(session, reason);
        }
    }

    /** The connection's queue, made once (atomically: two threads' first sends share it); null once closed. */
    private static Outbox outbox(Session session) {
        if (!session.isOpen()) {
            return null;
        }
        try {
            return (Outbox) SocketProperties.of(session).computeIfAbsent(OUTBOX, key -> new Outbox(session));
        } catch (RuntimeException closing) {
            // The container refuses its sender for a connection closing meanwhile.
            LOG.log(Level.FINE, "Connection gone before its first send", closing);
            return null;
        }
    }

    private static void close(Session session, CloseReason reason) {
        try {
            session.close(reason);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing failed", e);
        }
    }

    /** A frame waiting: live ones count against {@link #MAX_QUEUED}; the last of a page tells its writer. */
    private record Frame(String text, boolean live, CompletableFuture<Boolean> lastOfPage) {
    }

    /** One connection's frames in order, at most one write in flight. Every field is guarded by the outbox's lock. */
    private static final class Outbox {
        private final Session session;
        private final Deque<Frame> waiting = new ArrayDeque<>();
        private int liveWaiting;
        private boolean writing;
        private boolean closed;
        private CloseReason closeWhenDone;

        Outbox(Session session) {
            this.session = session;
            session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT_MILLIS);
        }

        synchronized boolean offer(String text, boolean live, CompletableFuture<Boolean> lastOfPage) {
            if (closed) {
                return false;
            }
            if (live && liveWaiting >= MAX_QUEUED) {
                tooSlow("more than " + MAX_QUEUED + " frames waiting");
                return false;
            }
            waiting.add(new Frame(text, live, lastOfPage));
            if (live) {
                liveWaiting++;
            }
            if (!writing) {
                writeNext();
            }
            return true;
        }

        synchronized void closeWhenWritten(CloseReason reason) {
            if (writing || !waiting.isEmpty()) {
                closeWhenDone = reason;
            } else {
                closed = true;
                close(session, reason);
            }
        }

        // Called with the lock held.
        private void writeNext() {
            Frame next = waiting.poll();
            writing = next != null;
            if (next == null) {
                if (closeWhenDone != null) {
                    closed = true;
                    close(session, closeWhenDone);
                }
                return;
            }
            if (next.live()) {
                liveWaiting--;
            }
            try {
                session.getAsyncRemote().sendText(next.text(), result -> written(result, next));
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Connection gone while sending", e);
                giveUp(next);
            }
        }

        private synchronized void written(SendResult result, Frame frame) {
            if (!result.isOK()) {
                LOG.log(Level.FINE, "A write failed; closing the connection", result.getException());
                giveUp(frame);
                tooSlow("write failed");
                return;
            }
            if (frame.lastOfPage() != null) {
                frame.lastOfPage().complete(true);
            }
            writeNext();
        }

        // Called with the lock held: nothing more is written, and whoever waits for a page hears so.
        private void giveUp(Frame current) {
            closed = true;
            writing = false;
            if (current.lastOfPage() != null) {
                current.lastOfPage().complete(false);
            }
            waiting.forEach(frame -> {
                if (frame.lastOfPage() != null) {
                    frame.lastOfPage().complete(false);
                }
            });
            waiting.clear();
            liveWaiting = 0;
        }

        // Called with the lock held.
        private void tooSlow(String why) {
            LOG.fine(() -> "Closing a WebSocket connection that does not keep up: " + why);
            closed = true;
            waiting.forEach(frame -> {
                if (frame.lastOfPage() != null) {
                    frame.lastOfPage().complete(false);
                }
            });
            close(session, TOO_SLOW);
        }
    }
}
