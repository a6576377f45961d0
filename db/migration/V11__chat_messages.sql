-- Chat messages: each carries the sender's own id (client_id), so a message sent twice is stored
-- once, and a per-conversation sequence number (seq), handed out under the conversation's row lock
-- from conversations.last_seq. staff_only marks private messages between agents: never sent to the
-- customer, never in the customer's transcript.

ALTER TABLE messages ADD COLUMN client_id VARCHAR(64) NULL;
ALTER TABLE messages ADD COLUMN staff_only TINYINT(1) NOT NULL DEFAULT 0;
ALTER TABLE messages ADD CONSTRAINT uk_messages_client UNIQUE (conversation_id, client_id);
ALTER TABLE conversations ADD COLUMN last_seq BIGINT NOT NULL DEFAULT 0;
