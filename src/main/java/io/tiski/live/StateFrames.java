package io.tiski.live;

import jakarta.websocket.Session;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Whole-state frames: an agent's inbox, a queue board, a customer's status. Each is read from the
 * database on whichever thread a change, a line's opening or a sweep reached, so two readings of
 * one line's state may finish in either order. A line is sent a frame only when it was read after
 * the one the line last got, and differs from it: an older reading never overwrites a newer one,
 * and repeated triggers cost the client nothing.
 *
 * <p>Why that is enough: every change is followed by a reading that starts after its commit. That
 * reading is sent, unless the line already got one that started later still, which saw the change
 * too.
 */
final class StateFrames {

    private static final AtomicLong READINGS = new AtomicLong();
    // Followed by the frame's type: when the line's last frame of that type was read, and its text.
    private static final String READ_AT = "tiski.state.readAt.";
    private static final String TEXT = "tiski.state.text.";

    private StateFrames() {
    }

    /** Taken just before a state is read, before the first query of the reading's transaction. */
    static long reading() {
        return READINGS.incrementAndGet();
    }

    /**
     * Sends the frame ({@code type}: its kind, such as "inbox") read at {@code readAt} unless the line
     * has a later reading of that kind or the same text; false when the line failed (it is closing).
     */
    static boolean send(Session line, String type, String frame, long readAt) {
        var props = SocketProperties.of(line);
        // The comparison, the send and the note of what was sent belong together.
        synchronized (line) {
            if (props.get(READ_AT + type) instanceof Long last && last > readAt) {
                return true;
            }
            props.put(READ_AT + type, readAt);
            if (frame.equals(props.get(TEXT + type))) {
                return true;
            }
            if (!SocketSender.send(line, frame)) {
                return false;
            }
            props.put(TEXT + type, frame);
            return true;
        }
    }
}
