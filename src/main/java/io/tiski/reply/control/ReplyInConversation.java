package io.tiski.reply.control;

import io.tiski.reply.entity.CannedReply;
import io.tiski.reply.entity.ReplyVersion;

/** A reply an agent may use in a conversation, with the version chosen for its customer. */
public record ReplyInConversation(CannedReply reply, ReplyVersion version) {
}
