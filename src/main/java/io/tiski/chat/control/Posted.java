package io.tiski.chat.control;

import io.tiski.conversation.entity.Message;
import java.util.List;

/**
 * A message as stored (committed), who should get it, and whether it was a repeat of a send
 * already stored. A repeat is pushed again too: its sender may have been told to retry although
 * it was stored (the database went away between the commit and the answer), and then nobody
 * heard of it; clients drop a number they already have.
 */
public record Posted(Message message, String senderName, boolean repeated, List<Long> staff) {
}
