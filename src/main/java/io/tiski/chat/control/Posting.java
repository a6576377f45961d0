package io.tiski.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Posting chat messages, many senders' messages per transaction (group commit). A durable commit
 * costs the same for one message as for a hundred, so while one batch is being written the sends
 * that arrive wait, and the next writer takes them all. Alone, a message is written at once; under
 * load, batches grow by themselves. Every sender still returns only after its message is committed,
 * so an acknowledgement always means stored.
 */
@ApplicationScoped
public class Posting {

    /** The most messages written in one transaction. */
    static final int MAX_BATCH = 200;

    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    // One batch at a time per server: the waiting sends are what make the next batch worth it.
    private final ReentrantLock writing = new ReentrantLock();

    @Inject
    MessageWriter writer;

    /** Stores the message (or finds it stored, when sent before) and answers it once committed. */
    public Posted post(Send send) {
        var pending = new Pending(send);
        waiting.add(pending);
        writing.lock();
        try {
            // Whoever holds the lock writes everything waiting, ours among it; or another writer
            // already did, and there is nothing left to do.
            while (pending.outcome == null && pending.failure == null) {
                var batch = nextBatch();
                if (batch.isEmpty()) {
                    // Taken by a writer that failed with an Error: nothing will ever answer it.
                    throw new IllegalStateException("A batch of messages failed");
                }
                write(batch);
            }
        } finally {
            writing.unlock();
        }
        if (pending.failure != null) {
            throw pending.failure;
        }
        return pending.outcome.get();
    }

    private List<Pending> nextBatch() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = waiting.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    // Called with the lock held: the outcomes are read by their senders after they take it.
    private void write(List<Pending> batch) {
        try {
            var outcomes = writer.write(batch.stream().map(Pending::send).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome = outcomes.get(i);
            }
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).failure = failure;
            } else {
                // Rolled back (a lock wait timed out, one message the database would not take): each
                // is written alone, so one bad message never fails the others.
                batch.forEach(alone -> write(List.of(alone)));
            }
        }
    }

    private static final class Pending {
        private final Send send;
        private SendOutcome outcome;
        private RuntimeException failure;

        Pending(Send send) {
            this.send = send;
        }

        Send send() {
            return send;
        }
    }
}
