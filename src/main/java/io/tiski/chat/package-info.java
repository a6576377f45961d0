/**
 * Real-time chat: messages stored before they are acknowledged, numbered per conversation,
 * delivered over the live line ({@link io.tiski.live}) to the customer and the staff in the
 * conversation, caught up by number after a reconnect.
 */
package io.tiski.chat;
