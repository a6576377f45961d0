package io.tiski.chat.control;

import io.tiski.conversation.entity.Message;
import java.util.List;

/**
 * A message as stored (committed), who should get it, and whether it was a repeat of a send
 * already stored (then nobody is told again; only the sender gets its acknowledgement).
 */
public record Posted(Message message, String senderName, boolean repeated, List<Long> staff) {
}
