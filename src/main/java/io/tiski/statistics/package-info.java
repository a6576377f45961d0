/**
 * Figures about how customers were served. Each figure is computed from the conversations
 * themselves when asked, never kept as a counter that could drift from them.
 */
package io.tiski.statistics;
