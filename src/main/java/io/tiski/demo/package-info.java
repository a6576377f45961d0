/**
 * Demo data for a first look and for development: seeded once into an empty database, never over
 * real data, with published passwords that must be replaced at the first login. Switched off with
 * {@code TISKI_DEMO_SEED=false} (production). May call any feature's control.
 */
package io.tiski.demo;
