package io.tiski.organisation.control;

/**
 * What a staff member may do changed: roles, password, deactivated or activated again. Fired in
 * the transaction that made the change; live lines observe it after the commit and close.
 */
public record StaffRightsChanged(long organisationId, long userId) {
}
