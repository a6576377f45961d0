package io.tiski.reply.entity;

/**
 * What an author writes of a canned reply, as typed: {@link CannedReply} checks and normalises it
 * (the keyword in lower case, title and text stripped).
 */
public record ReplyContent(String keyword, String title, String text) {
}
