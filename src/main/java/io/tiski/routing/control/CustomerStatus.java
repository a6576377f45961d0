package io.tiski.routing.control;

import io.tiski.conversation.entity.ConversationStatus;

/**
 * What a customer is told about their own conversation: where it is, and while it waits, their
 * place in line (1 for the first) and the expected wait (null when the queue has no history to
 * base it on); the agent's name once one has it; whether the queue takes files, and the
 * organisation's time zone, which the widget shows message times in. {@code queueId}: the queue it
 * waits or waited in (after a transfer to a queue, the new one).
 */
public record CustomerStatus(long conversationId, ConversationStatus status, long queueId, String queueName, Integer position,
                             Long estimatedWaitSeconds, String agentName, boolean attachmentsAllowed,
                             String timeZone) {
}
