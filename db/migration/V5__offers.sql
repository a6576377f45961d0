-- Offer (push) routing: the system offers the next waiting customer to one available handler,
-- who accepts or rejects; a reject or a timeout passes the customer on, skipping who rejected.

ALTER TABLE queues ADD COLUMN routing_mode VARCHAR(10) NOT NULL DEFAULT 'PICK';
ALTER TABLE queues ADD COLUMN offer_timeout_seconds INT NOT NULL DEFAULT 30;

ALTER TABLE conversations ADD COLUMN offered_to BIGINT NULL;
ALTER TABLE conversations ADD COLUMN offer_expires_at DATETIME(6) NULL;
CREATE INDEX idx_conversations_offered ON conversations (offered_to, status);

CREATE TABLE offer_rejections (
    conversation_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    rejected_at     DATETIME(6) NOT NULL,
    timed_out       TINYINT(1)  NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_id),
    KEY idx_offer_rejections_user (user_id),
    CONSTRAINT fk_offer_rejections_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
    CONSTRAINT fk_offer_rejections_user FOREIGN KEY (user_id) REFERENCES staff_users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
