package io.tiski.chat.control;

import java.util.List;

/** Who in a conversation should hear of something: its staff (by user id); the customer is by conversation. */
public record Audience(long conversationId, List<Long> staff) {
}
