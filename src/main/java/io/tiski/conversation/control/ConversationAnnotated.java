package io.tiski.conversation.control;

/**
 * Staff changed what is kept beside a conversation's messages ({@code what}: "notes", "tags" or "contact", the card linked to it),
 * within the current transaction; the desks showing the conversation read it again.
 */
public record ConversationAnnotated(long conversationId, String what) {

    public static final String NOTES = "notes";
    public static final String TAGS = "tags";
    public static final String CONTACT = "contact";
}
