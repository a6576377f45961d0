package io.tiski.chat.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;

/**
 * Posting chat messages, many senders' messages per transaction (group commit). A durable commit
 * costs about the same for one message as for a hundred, so the sends that arrive while batches
 * are being written wait, and the next free writer takes them all. Alone, a message is written at
 * once; under load, batches grow by themselves. The writers are the senders' own threads: whoever
 * finds a writer's place free writes what is waiting, its own send among it. Every sender still
 * returns only after its message is committed, so an acknowledgement always means stored.
 */
@ApplicationScoped
public class Posting {

    /** The most messages written in one transaction. */
    static final int MAX_BATCH = 200;
    /**
     * Batches written at the same time on one server: while one waits for the database, another
     * is being prepared. Their row locks are taken in id order, so they never deadlock.
     */
    static final int WRITERS = 3;
    private static final long MAX_PARK_NANOS = 50_000_000;

    private final Queue<Pending> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore writers = new Semaphore(WRITERS);

    @Inject
    MessageWriter writer;

    /** Stores the message (or finds it stored, when sent before) and answers it once committed. */
    public Posted post(Send send) {
        var pending = new Pending(send);
        waiting.add(pending);
        // A set interrupt flag would make every park return at once: cleared while waiting, set again after.
        boolean interrupted = Thread.interrupted();
        try {
            while (!pending.isDone()) {
                boolean wrote = false;
                if (writers.tryAcquire()) {
                    try {
                        var batch = nextBatch();
                        // Whoever waits first may start the next batch while this one is written.
                        wakeFirstWaiting();
                        wrote = write(batch);
                    } finally {
                        writers.release();
                        wakeFirstWaiting();
                    }
                }
                if (!wrote && !pending.isDone()) {
                    // Woken when the send is done or a writer's place is free; the bound is a safety net.
                    LockSupport.parkNanos(this, MAX_PARK_NANOS);
                    interrupted |= Thread.interrupted();
                }
            }
        } finally {
            if (!pending.isDone()) {
                // Only after an Error: a send nobody waits for any more is not written.
                waiting.remove(pending);
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return pending.outcome();
    }

    private List<Pending> nextBatch() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < MAX_BATCH && (next = waiting.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void wakeFirstWaiting() {
        var first = waiting.peek();
        if (first != null) {
            LockSupport.unpark(first.sender);
        }
    }

    /** Writes the batch and answers every send in it; false when there was nothing to write. */
    private boolean write(List<Pending> batch) {
        if (batch.isEmpty()) {
            return false;
        }
        try {
            var outcomes = writer.write(batch.stream().map(Pending::send).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).done(outcomes.get(i), null);
            }
        } catch (RuntimeException failure) {
            if (batch.size() == 1) {
                batch.get(0).done(null, failure);
            } else {
                // Rolled back (a lock wait timed out, one message the database would not take): each
                // is written alone, so one bad message never fails the others.
                batch.forEach(alone -> write(List.of(alone)));
            }
        } finally {
            // Even an Error answers every sender, so none of them waits forever.
            batch.forEach(left -> left.done(null, new IllegalStateException("A batch of messages failed")));
        }
        return true;
    }

    /** One sender's message, waiting to be written, and then its outcome. */
    private static final class Pending {
        private final Send send;
        private final Thread sender = Thread.currentThread();
        private volatile SendOutcome outcome;
        private volatile RuntimeException failure;

        Pending(Send send) {
            this.send = send;
        }

        Send send() {
            return send;
        }

        boolean isDone() {
            return outcome != null || failure != null;
        }

        /** The first answer counts; the sender is woken to act on it. */
        synchronized void done(SendOutcome outcome, RuntimeException failure) {
            if (isDone()) {
                return;
            }
            this.outcome = outcome;
            this.failure = failure;
            LockSupport.unpark(sender);
        }

        Posted outcome() {
            if (failure != null) {
                throw failure;
            }
            return outcome.get();
        }
    }
}
