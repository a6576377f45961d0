package io.tiski.queue.boundary;

import io.tiski.queue.entity.Queue;

/**
 * What an admin may set of a queue in one request; settings left out keep their value.
 * The name is checked by the queue itself, which gives the same message as the admin screen.
 */
public record QueueSettingsJson(String name, Integer maxChatsPerAgent, Boolean attachmentsAllowed) {

    int maxChatsPerAgentOr(Queue current) {
        return maxChatsPerAgent == null ? current.getMaxChatsPerAgent() : maxChatsPerAgent;
    }

    boolean attachmentsAllowedOr(Queue current) {
        return attachmentsAllowed == null ? current.isAttachmentsAllowed() : attachmentsAllowed;
    }
}
