package io.tiski.routing.boundary;

import io.tiski.conversation.entity.Conversation;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/** A conversation as an agent sees it in the waiting list, in a preview and among their own chats. */
@JsonbNillable
public record WaitingCustomerJson(long id, long queueId, String queueName, String status, String customerName,
                                  String channel, String language, String browser, String page, Instant queuedAt,
                                  Long agentId) {

    static WaitingCustomerJson of(Conversation c) {
        return new WaitingCustomerJson(c.getId(), c.getQueueId(), c.getQueue().getName(), c.getStatus().name(),
                c.getCustomerName(), c.getChannel(), c.getCustomerLanguage(), c.getCustomerBrowser(),
                c.getCustomerPage(), c.getQueuedAt(), c.getAgentId());
    }
}
