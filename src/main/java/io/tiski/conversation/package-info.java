/**
 * Conversations between a customer and staff, and their messages. For now only the entity that
 * other features count and guard on; delivery, attachments and transcripts come with the chat work.
 */
package io.tiski.conversation;
