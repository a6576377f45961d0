/**
 * Getting each waiting customer to one right agent: the waiting line (customers join, wait, see
 * their place, leave), agent presence, and assignment by manual pick. All routing state lives in
 * the database and every decision is taken under row locks there, so several Tiski servers on one
 * database never give a customer to two agents. Lock order, everywhere: the agent's presence row
 * first, then the conversation row. The agents' live line (/ws/agent) carries each agent's inbox
 * and the organisation's queues with their waiting customers. May call queue, organisation,
 * conversation and platform.
 */
package io.tiski.routing;
