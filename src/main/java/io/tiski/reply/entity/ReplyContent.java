package io.tiski.reply.entity;

import java.util.List;

/**
 * What an author writes of a canned reply, as typed: {@link CannedReply} checks and normalises it
 * (the keyword in lower case, title and texts stripped). {@code text} is the default version, in
 * {@code language} (null: not said); {@code versions} are the texts for customers of other languages.
 */
public record ReplyContent(String keyword, String title, String text, String language, List<ReplyVersion> versions) {

    public ReplyContent {
        versions = versions == null ? List.of() : versions;
    }

    /** A reply with one text, for every customer whatever their language. */
    public ReplyContent(String keyword, String title, String text) {
        this(keyword, title, text, null, List.of());
    }
}
