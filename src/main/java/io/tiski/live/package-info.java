/**
 * The live line: the WebSocket endpoints /ws/agent and /ws/customer, the registries of the lines
 * this server holds ({@link io.tiski.live.AgentConnections}, {@link io.tiski.live.CustomerLines}),
 * the frames they carry, and the one way a committed change reaches them: {@link
 * io.tiski.live.LiveEvents} observes domain events after commit and broadcasts them to every server
 * of the installation through an embedded Hazelcast member ({@link io.tiski.live.LiveCluster}); each
 * server's {@link io.tiski.live.LiveDelivery} sends them to its own lines (a waiting customer's
 * status too: {@link io.tiski.live.CustomerStatusPush}). A customer's open line is also their sign
 * of life ({@link io.tiski.live.CustomerLineHeartbeat}). The database stays the
 * source of truth: a lost broadcast costs latency, never data (catch-up by sequence number, and
 * {@link io.tiski.live.AgentLineSweep}).
 */
package io.tiski.live;
