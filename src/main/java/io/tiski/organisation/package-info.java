/**
 * Organisations (tenants), their staff users and roles, staff login, and the installation around
 * them: the first-run setup (the first organisation, its admin and the first platform operator),
 * platform operators (who create, rename, deactivate and activate organisations and see nothing
 * they keep) and the password change required of a password someone else chose. Owns the caller's
 * organisation: {@link io.tiski.organisation.control.CurrentStaff} is the one place that resolves
 * it, and every query of every feature takes it. May call platform only.
 */
package io.tiski.organisation;
