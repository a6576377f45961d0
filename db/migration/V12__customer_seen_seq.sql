-- How far the customer has read: the highest message number their widget reported as seen. Only
-- ever moves forward; agents see it as "seen" on their messages.
ALTER TABLE conversations ADD COLUMN customer_seen_seq BIGINT NOT NULL DEFAULT 0;
