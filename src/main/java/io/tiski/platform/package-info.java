/**
 * What every feature uses: the schema migration at start-up, health checks, the clock, the
 * typed application failures and their mapping to REST and Faces, and UI text lookup.
 * Depends on no feature package.
 */
package io.tiski.platform;
