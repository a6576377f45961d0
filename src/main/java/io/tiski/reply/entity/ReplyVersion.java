package io.tiski.reply.entity;

import java.io.Serializable;

/** The text of a canned reply for customers of one language (a language tag such as "fi"). */
public record ReplyVersion(String language, String text) implements Serializable {
}
