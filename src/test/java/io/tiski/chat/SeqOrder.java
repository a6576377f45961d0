package io.tiski.chat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A conversation's numbering as one client of {@link FailoverCrowd} sees it, as the desk and the
 * widget keep it (resources/tiski/shared/seq-order.js): {@code last} is the highest number up to
 * which everything has arrived; a number beyond the next asks once for a catch-up; a number it has
 * is dropped. Guarded by its client.
 */
final class SeqOrder {
    final NavigableMap<Long, String> all = new TreeMap<>();
    /** The chat messages shown, system ones left out. */
    final NavigableMap<Long, String> chat = new TreeMap<>();
    private final Map<String, Long> numberOf = new HashMap<>();
    long last;
    boolean catchingUp = true;
    int repeats;

    /** Answers the number to catch up after when a gap was found, else -1. */
    long received(long seq, String clientId) {
        if (seq <= last || all.containsKey(seq)) {
            repeats++;
            return -1;
        }
        all.put(seq, clientId == null ? "" : clientId);
        if (clientId != null) {
            // Under a second number it would be shown twice: kept so, the comparison with what is stored reports it.
            Long earlier = numberOf.putIfAbsent(clientId, seq);
            chat.put(seq, earlier == null ? clientId : clientId + " (shown again, first at " + earlier + ")");
        }
        advance();
        if (all.lastKey() > last && !catchingUp) {
            catchingUp = true;
            return last;
        }
        return -1;
    }

    /** A catch-up ended at {@code lastSeq}; answers the number to catch up after if more is missing, else -1. */
    long caughtUp(long lastSeq) {
        last = Math.max(last, lastSeq);
        advance();
        catchingUp = !all.isEmpty() && all.lastKey() > last;
        return catchingUp ? last : -1;
    }

    boolean showsAll(List<String> clientIds) {
        return chat.values().containsAll(clientIds);
    }

    private void advance() {
        while (all.containsKey(last + 1)) {
            last++;
        }
    }
}
