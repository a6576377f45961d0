/**
 * Canned replies: texts an agent puts into a chat by clicking one in the desk or typing
 * {@code /keyword}. Organisation-wide ("shared") replies are kept by admins, for every queue or for
 * one; an agent's own replies are kept by that agent and serve in every queue. Owns the table
 * {@code canned_replies}. May call conversation (to find a conversation's queue), queue,
 * organisation and platform.
 */
package io.tiski.reply;
