/**
 * The audit trail: what staff did that must stay accountable after its subject is gone (for now
 * the erasure of a contact card for a data-protection request, and a card unlinked from a
 * conversation as not its customer's). An entry holds ids, an action and a time, never personal
 * data. Other components write entries through AuditTrail; admins read
 * them. May call organisation and platform.
 */
package io.tiski.audit;
