-- The silent-customer sweep looks for WAITING rows by last sign of life; without this index it
-- would scan (and under locking reads, lock) the whole conversation history every 15 seconds.
CREATE INDEX idx_conversations_status_seen ON conversations (status, customer_seen_at);
