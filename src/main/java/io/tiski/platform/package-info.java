/**
 * What every feature uses: the schema migration at start-up, health checks, the clock, the
 * typed application failures and their mapping to REST and Faces, UI text lookup, and the
 * sealing of secrets kept in the database; and what keeps Tiski sane while the database does not
 * answer: queries that fail at once, 503 answers, timers that keep their rhythm, a failure log
 * with counts instead of a stack trace per failure.
 * Depends on no feature package.
 */
package io.tiski.platform;
