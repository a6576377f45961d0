-- Every waiting customer's poll estimates the wait from the last customers served in the queue
-- (newest assigned_at first); without this index that sorts the queue's whole history each time.
CREATE INDEX idx_conversations_queue_assigned ON conversations (queue_id, assigned_at);
