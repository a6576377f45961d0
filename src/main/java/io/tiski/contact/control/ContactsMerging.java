package io.tiski.contact.control;

/**
 * Fired (synchronously, inside the merge's transaction) just before the card {@code mergedId} is
 * deleted in favour of {@code survivorId}. Whatever else refers to a card (its message history, the
 * conversations it was linked to) observes this and moves its rows to the survivor, so the contact
 * package need not know every table that points at a card. Both cards belong to
 * {@code organisationId}; observers must still scope their updates by it.
 */
public record ContactsMerging(long organisationId, long survivorId, long mergedId) {
}
