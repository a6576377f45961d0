-- The minimum the routing and chat work builds on; later migrations extend these tables.
-- A conversation keeps its queue: a queue with conversations cannot be deleted (RESTRICT).

CREATE TABLE conversations (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    queue_id        BIGINT      NOT NULL,
    status          VARCHAR(20) NOT NULL,
    agent_id        BIGINT      NULL,
    created_at      DATETIME(6) NOT NULL,
    ended_at        DATETIME(6) NULL,
    version         BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_conversations_organisation_status (organisation_id, status),
    KEY idx_conversations_queue (queue_id),
    CONSTRAINT fk_conversations_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_conversations_queue FOREIGN KEY (queue_id) REFERENCES queues (id),
    CONSTRAINT fk_conversations_agent FOREIGN KEY (agent_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE messages (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    conversation_id BIGINT      NOT NULL,
    seq             BIGINT      NOT NULL,
    sender_type     VARCHAR(20) NOT NULL,
    sender_user_id  BIGINT      NULL,
    body            LONGTEXT    NOT NULL,
    created_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_messages_conversation_seq (conversation_id, seq),
    CONSTRAINT fk_messages_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_messages_sender FOREIGN KEY (sender_user_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
