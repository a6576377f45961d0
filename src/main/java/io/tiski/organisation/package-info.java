/**
 * Organisations (tenants), their staff users and roles, and staff login. Owns the caller's
 * organisation: {@link io.tiski.organisation.control.CurrentStaff} is the one place that resolves
 * it, and every query of every feature takes it. May call platform only.
 */
package io.tiski.organisation;
