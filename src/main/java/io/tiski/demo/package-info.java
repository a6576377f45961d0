/**
 * Demo data for a first look and for development: seeded once into an empty database, never
 * over real data. Switched off with {@code TISKI_DEMO_SEED=false}. May call any feature's control.
 */
package io.tiski.demo;
