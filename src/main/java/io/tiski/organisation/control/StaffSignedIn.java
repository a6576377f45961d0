package io.tiski.organisation.control;

/** A staff member's session was just granted (login, or the first password of their own). */
public record StaffSignedIn(long organisationId, long userId) {
}
