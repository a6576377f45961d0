package io.tiski.organisation.control;

/** A staff member's signed-in session ended: they logged out, or it ran out or was invalidated. */
public record StaffSignedOut(long organisationId, long userId) {
}
