/**
 * Canned replies: texts an agent puts into a chat by clicking one in the desk or typing
 * {@code /keyword}. Organisation-wide ("shared") replies are kept by admins, for every queue or for
 * one; an agent's own replies are kept by that agent and serve in every queue. A reply may have
 * language versions, picked by the customer's language. Owns the tables {@code canned_replies} and
 * {@code canned_reply_versions}. May call conversation (to find a conversation's queue), queue,
 * organisation and platform.
 */
package io.tiski.reply;
