package io.tiski.platform;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;

/**
 * Runs work for a key on the caller's thread, one run per key at a time on this server. A call
 * while a run for its key is under way returns at once and makes that run look once more when it
 * is done, so a burst of triggers costs one or two runs, never one each racing the others, and the
 * last run always starts after the last trigger (it sees the newest state).
 *
 * @param <K> what the work is about (a queue, an organisation's inboxes)
 */
public final class OneRunAtATime<K> {

    private final Set<K> running = ConcurrentHashMap.newKeySet();
    private final Map<K, AtomicBoolean> again = new ConcurrentHashMap<>();

    /** Runs the work until nobody asked again; answers the sum of what the runs answered (0 when another thread ran it). */
    public int run(K key, IntSupplier work) {
        var lookAgain = again.computeIfAbsent(key, k -> new AtomicBoolean());
        lookAgain.set(true);
        int total = 0;
        while (running.add(key)) {
            try {
                while (lookAgain.getAndSet(false)) {
                    total += work.getAsInt();
                }
            } finally {
                running.remove(key);
            }
            if (!lookAgain.get()) {
                break;
            }
        }
        return total;
    }
}
