package io.tiski.chat.control;

import io.tiski.conversation.entity.SenderType;
import java.util.List;

/**
 * One message someone asks to post: the customer of {@code conversationId} (whose connection proved
 * its token), or staff member {@code userId} of {@code organisationId}. {@code answerTo} is the
 * options menu a customer's message answers (or null), {@code options} an agent's menu of choices.
 */
public record Send(long conversationId, Long organisationId, SenderType senderType, Long userId, String clientId,
                   String body, boolean staffOnly, List<String> options, Long answerTo, List<Long> attachmentIds) {

    public static Send fromCustomer(long conversationId, String clientId, String body, Long answerTo,
                                    List<Long> attachmentIds) {
        return new Send(conversationId, null, SenderType.CUSTOMER, null, clientId, body, false, List.of(), answerTo,
                attachmentIds);
    }

    public static Send fromStaff(long organisationId, long userId, long conversationId, String clientId, String body,
                                 boolean staffOnly, List<String> options, List<Long> attachmentIds) {
        return new Send(conversationId, organisationId, SenderType.AGENT, userId, clientId, body, staffOnly, options,
                null, attachmentIds);
    }
}
