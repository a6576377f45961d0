-- The waiting line lives in conversations: a WAITING row is a customer in a queue, ordered by
-- queued_at then id. Everything a routing decision needs is here, so any server can decide.

ALTER TABLE conversations ADD COLUMN customer_token VARCHAR(64) NULL;
ALTER TABLE conversations ADD COLUMN start_key VARCHAR(64) NULL;
ALTER TABLE conversations ADD COLUMN customer_name VARCHAR(120) NULL;
ALTER TABLE conversations ADD COLUMN customer_language VARCHAR(35) NULL;
ALTER TABLE conversations ADD COLUMN customer_browser VARCHAR(400) NULL;
ALTER TABLE conversations ADD COLUMN customer_page VARCHAR(1000) NULL;
ALTER TABLE conversations ADD COLUMN channel VARCHAR(20) NOT NULL DEFAULT 'WEB';
ALTER TABLE conversations ADD COLUMN queued_at DATETIME(6) NULL;
ALTER TABLE conversations ADD COLUMN position_at_join INT NULL;
ALTER TABLE conversations ADD COLUMN customer_seen_at DATETIME(6) NULL;
ALTER TABLE conversations ADD COLUMN assigned_at DATETIME(6) NULL;
ALTER TABLE conversations ADD COLUMN end_reason VARCHAR(20) NULL;

-- The token is the customer's only key to the conversation; the start key makes a repeated
-- "start chat" from one browser return the same conversation.
ALTER TABLE conversations ADD CONSTRAINT uk_conversations_token UNIQUE (customer_token);
ALTER TABLE conversations ADD CONSTRAINT uk_conversations_start_key UNIQUE (organisation_id, start_key);
CREATE INDEX idx_conversations_line ON conversations (queue_id, status, queued_at, id);
CREATE INDEX idx_conversations_agent ON conversations (agent_id, status);

-- One row per staff member who has ever set a presence. Its row lock serialises every assignment
-- to that agent, which is what keeps the per-agent chat limit true under concurrency.
CREATE TABLE agent_presence (
    user_id         BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    presence        VARCHAR(10) NOT NULL,
    in_video_call   TINYINT(1)  NOT NULL DEFAULT 0,
    changed_at      DATETIME(6) NOT NULL,
    last_assigned_at DATETIME(6) NULL,
    PRIMARY KEY (user_id),
    KEY idx_agent_presence_organisation (organisation_id, presence),
    CONSTRAINT fk_agent_presence_user FOREIGN KEY (user_id) REFERENCES staff_users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
