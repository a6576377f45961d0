/**
 * What every feature uses: the schema migration at start-up, health checks, the clock, the
 * typed application failures and their mapping to REST and Faces, UI text lookup, and the
 * sealing of secrets kept in the database.
 * Depends on no feature package.
 */
package io.tiski.platform;
