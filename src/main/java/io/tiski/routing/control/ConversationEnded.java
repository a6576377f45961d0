package io.tiski.routing.control;

/** An active conversation ended (either side); fired inside the transaction that ended it. */
public record ConversationEnded(long organisationId, long conversationId) {
}
