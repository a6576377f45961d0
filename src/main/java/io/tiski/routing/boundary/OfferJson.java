package io.tiski.routing.boundary;

import io.tiski.conversation.entity.Conversation;
import java.time.Instant;

/** A customer offered to the agent, and until when the offer stands (the desk shows a countdown). */
public record OfferJson(WaitingCustomerJson customer, Instant expiresAt) {

    public static OfferJson of(Conversation conversation) {
        return new OfferJson(WaitingCustomerJson.of(conversation), conversation.getOfferExpiresAt());
    }
}
