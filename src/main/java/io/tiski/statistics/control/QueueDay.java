package io.tiski.statistics.control;

import java.time.Instant;

/**
 * A queue's day so far, from midnight in the queue's time zone. {@code joined}: chats started in
 * the queue; {@code served}: taken by an agent; {@code abandoned}: left before anyone took them;
 * {@code waiting}: still waiting. Wait times count from the customer's first join to the first
 * agent who took them (a later transfer does not move either end); chat length from that first
 * answer to the end. The service
 * level is the share of customers who left the line (served or abandoned) that were served
 * within {@link QueueStatistics#SERVICE_LEVEL_SECONDS} seconds. Figures with nothing to base them
 * on are null, never zero.
 */
public record QueueDay(long queueId, Instant since, int joined, int served, int abandoned, int waiting,
                       Long averageWaitSeconds, Long longestWaitSeconds, Integer serviceLevelPercent,
                       Long averageHandlingSeconds) {
}
