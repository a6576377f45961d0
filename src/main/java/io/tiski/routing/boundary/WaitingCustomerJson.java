package io.tiski.routing.boundary;

import io.tiski.conversation.entity.Conversation;
import io.tiski.conversation.entity.UserAgent;
import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * A conversation as an agent sees it in the waiting list, in a preview and among their own chats,
 * with the word left by whoever transferred it. {@code browser} is the whole User-Agent header;
 * {@code browserName} and {@code system} are what it says in short, where it could be told.
 * {@code customerPhone} and {@code customerEmail} are as the customer typed them; {@code contactId}
 * is the contact card an agent linked to the conversation.
 */
@JsonbNillable
public record WaitingCustomerJson(long id, long queueId, String queueName, String status, String customerName,
                                  String channel, String language, String browser, String browserName,
                                  String system, String page, String referrer, Instant queuedAt, Long agentId,
                                  String transferComment, String transferredBy, String customerPhone,
                                  String customerEmail, Long contactId) {

    static WaitingCustomerJson of(Conversation c) {
        var transferredBy = c.getTransferredBy();
        var userAgent = UserAgent.of(c.getCustomerBrowser());
        return new WaitingCustomerJson(c.getId(), c.getQueueId(), c.getQueue().getName(), c.getStatus().name(),
                c.getCustomerName(), c.getChannel(), c.getCustomerLanguage(), c.getCustomerBrowser(),
                userAgent.browser(), userAgent.system(), c.getCustomerPage(), c.getCustomerReferrer(),
                c.getQueuedAt(), c.getAgentId(), c.getTransferComment(),
                transferredBy == null ? null : transferredBy.getDisplayName(), c.getCustomerPhone(),
                c.getCustomerEmail(), c.getContactId());
    }
}
