package io.tiski.chat.control;

import io.tiski.conversation.entity.Message;

/** A stored message with its sender's display name (null for the customer and for Tiski itself). */
public record Stored(Message message, String senderName) {
}
