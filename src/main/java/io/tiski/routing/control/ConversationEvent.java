package io.tiski.routing.control;

/**
 * Something happened to a conversation that both sides should read in the chat ("Aino joined",
 * "The customer left"). Fired inside the transaction that made it happen; the chat stores it as
 * a system message in that same transaction.
 */
public record ConversationEvent(long organisationId, long conversationId, Kind kind, Long userId, String detail) {

    public enum Kind {
        /** An agent took the waiting customer (pick or accepted offer). */
        STARTED,
        /** An agent took over by transfer. */
        TAKEN_OVER,
        /** An invited agent joined. */
        AGENT_JOINED,
        /** An invited agent left. */
        AGENT_LEFT,
        /** The conversation was handed to a queue ({@code detail}: its name). */
        TRANSFERRED_TO_QUEUE,
        CUSTOMER_LEFT,
        AGENT_ENDED
    }

    public static ConversationEvent of(long organisationId, long conversationId, Kind kind, Long userId) {
        return new ConversationEvent(organisationId, conversationId, kind, userId, null);
    }
}
