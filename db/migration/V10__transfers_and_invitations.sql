-- Transfers and invitations. A handover asks one agent, or any handler of a queue, to take over a
-- conversation (TRANSFER) or to join it (INVITE). At most one is PENDING per conversation; that
-- rule is checked under the conversation's row lock, like every routing decision.
-- A transfer to a queue is immediate (the customer waits again) and is kept here as COMPLETED.

CREATE TABLE handovers (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id  BIGINT        NOT NULL,
    conversation_id  BIGINT        NOT NULL,
    kind             VARCHAR(10)   NOT NULL,
    target_agent_id  BIGINT        NULL,
    target_queue_id  BIGINT        NULL,
    comment          VARCHAR(1000) NULL,
    requested_by     BIGINT        NOT NULL,
    requested_at     DATETIME(6)   NOT NULL,
    expires_at       DATETIME(6)   NULL,
    status           VARCHAR(10)   NOT NULL,
    answered_by      BIGINT        NULL,
    answered_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY idx_handovers_conversation (conversation_id, status),
    KEY idx_handovers_status_expiry (status, expires_at),
    KEY idx_handovers_agent (target_agent_id, status),
    KEY idx_handovers_queue (target_queue_id, status),
    CONSTRAINT fk_handovers_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_handovers_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_handovers_agent FOREIGN KEY (target_agent_id) REFERENCES staff_users (id),
    CONSTRAINT fk_handovers_queue FOREIGN KEY (target_queue_id) REFERENCES queues (id),
    CONSTRAINT fk_handovers_requested_by FOREIGN KEY (requested_by) REFERENCES staff_users (id),
    CONSTRAINT fk_handovers_answered_by FOREIGN KEY (answered_by) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Agents who joined a conversation by invitation, besides its owner (conversations.agent_id).
-- An open row (left_at NULL) of an active conversation counts towards the agent's chat limit.
CREATE TABLE invited_agents (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id BIGINT      NOT NULL,
    user_id         BIGINT      NOT NULL,
    joined_at       DATETIME(6) NOT NULL,
    left_at         DATETIME(6) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_invited_agents (conversation_id, user_id),
    KEY idx_invited_agents_user (user_id, left_at),
    CONSTRAINT fk_invited_agents_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_invited_agents_user FOREIGN KEY (user_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- What the agent who handed the customer on wants the next one to know.
ALTER TABLE conversations ADD COLUMN transfer_comment VARCHAR(1000) NULL;
ALTER TABLE conversations ADD COLUMN transferred_by BIGINT NULL;
ALTER TABLE conversations ADD CONSTRAINT fk_conversations_transferred_by FOREIGN KEY (transferred_by) REFERENCES staff_users (id);
