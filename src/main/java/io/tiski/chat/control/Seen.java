package io.tiski.chat.control;

/** The customer has read the conversation up to message {@code seq}. */
public record Seen(Audience audience, long seq) {
}
