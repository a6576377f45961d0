package io.tiski.queue.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Every 15 seconds on every server, applies the schedule changes that are due. Deliberately not a
 * persistent timer per queue: such a timer belongs to the server that created it and does not run
 * while that server is down, whereas this tick runs on whichever servers are up, and the schedule
 * row lock in {@link QueueSchedules#applyIfDue} still applies each change exactly once.
 */
@Singleton
public class ScheduleTick {

    private static final Logger LOG = Logger.getLogger(ScheduleTick.class.getName());

    @Inject
    QueueSchedules schedules;

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        tick();
    }

    /** Applies the due changes now; answers how many queues it opened or closed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int tick() {
        int applied = 0;
        for (long queueId : schedules.scheduledQueues()) {
            if (schedules.applyIfDue(queueId)) {
                applied++;
                LOG.info(() -> "Queue " + queueId + " opened or closed by its schedule");
            }
        }
        return applied;
    }
}
