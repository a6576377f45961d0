package io.tiski.chat.control;

import java.util.List;

/**
 * Something for the people in a conversation that is not a stored message: typing, "seen", the
 * end. Missing one loses nothing that matters; the next one, or a catch-up, tells the state.
 */
public record Signal(long conversationId, List<Long> staff, boolean toCustomer, Object frame) {
}
