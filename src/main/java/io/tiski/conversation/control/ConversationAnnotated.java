package io.tiski.conversation.control;

/**
 * Staff changed what is kept beside a conversation's messages ({@code what}: "notes" or "tags"),
 * within the current transaction; the desks showing the conversation read it again.
 */
public record ConversationAnnotated(long conversationId, String what) {

    public static final String NOTES = "notes";
    public static final String TAGS = "tags";
}
