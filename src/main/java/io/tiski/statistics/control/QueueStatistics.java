package io.tiski.statistics.control;

import io.tiski.conversation.entity.EndReason;
import io.tiski.queue.control.QueueSchedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.ToLongFunction;

/** Today's figures of a queue, read from its conversations. */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class QueueStatistics {

    /** The usual contact-centre target: answered within a minute. */
    public static final long SERVICE_LEVEL_SECONDS = 60;

    @PersistenceContext
    EntityManager em;

    @Inject
    QueueSchedules schedules;

    @Inject
    Clock clock;

    /** One conversation's times, as far as they go; {@code assignedAt}: when an agent first took it. */
    private record Times(Instant queuedAt, Instant assignedAt, Instant endedAt, EndReason endReason) {

        boolean served() {
            return assignedAt != null;
        }

        long waitSeconds() {
            return Duration.between(queuedAt, assignedAt).toSeconds();
        }
    }

    public QueueDay today(long organisationId, long queueId) {
        // The schedule's time zone is where the queue's day is; without one, UTC.
        String zone = schedules.of(organisationId, queueId).getTimeZone();
        ZoneId timeZone = zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        Instant now = clock.instant();
        Instant since = LocalDate.ofInstant(now, timeZone).atStartOfDay(timeZone).toInstant();
        List<Times> day = em.createQuery("select c.queuedAt, c.firstAssignedAt, c.endedAt, c.endReason from Conversation c"
                        + " where c.queueId = :queue and c.createdAt >= :since", Object[].class)
                .setParameter("queue", queueId)
                .setParameter("since", since)
                .getResultStream()
                .map(row -> new Times((Instant) row[0], (Instant) row[1], (Instant) row[2], (EndReason) row[3]))
                .toList();
        var served = day.stream().filter(Times::served).filter(t -> t.queuedAt() != null).toList();
        int abandoned = (int) day.stream().filter(t -> !t.served() && t.endReason() == EndReason.ABANDONED).count();
        int waiting = (int) day.stream().filter(t -> !t.served() && t.endedAt() == null).count();
        long inTime = served.stream().filter(t -> t.waitSeconds() <= SERVICE_LEVEL_SECONDS).count();
        int leftTheLine = served.size() + abandoned;
        var handled = served.stream().filter(t -> t.endedAt() != null).toList();
        return new QueueDay(queueId, since, day.size(), served.size(), abandoned, waiting,
                average(served, Times::waitSeconds),
                served.stream().map(Times::waitSeconds).max(Long::compare).orElse(null),
                leftTheLine == 0 ? null : (int) Math.round(100.0 * inTime / leftTheLine),
                average(handled, t -> Duration.between(t.assignedAt(), t.endedAt()).toSeconds()));
    }

    private static Long average(List<Times> times, ToLongFunction<Times> seconds) {
        return times.isEmpty() ? null : Math.round(times.stream().mapToLong(seconds).average().orElseThrow());
    }
}
