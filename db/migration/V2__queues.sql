-- Customer queues and who serves them.

CREATE TABLE queues (
    id                   BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id      BIGINT      NOT NULL,
    name                 VARCHAR(80) NOT NULL,
    is_open              TINYINT(1)  NOT NULL DEFAULT 0,
    max_chats_per_agent  INT         NOT NULL DEFAULT 3,
    attachments_allowed  TINYINT(1)  NOT NULL DEFAULT 0,
    created_at           DATETIME(6) NOT NULL,
    version              BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_queues_organisation_name (organisation_id, name),
    CONSTRAINT fk_queues_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE queue_handlers (
    queue_id BIGINT NOT NULL,
    user_id  BIGINT NOT NULL,
    PRIMARY KEY (queue_id, user_id),
    KEY idx_queue_handlers_user (user_id),
    CONSTRAINT fk_queue_handlers_queue FOREIGN KEY (queue_id) REFERENCES queues (id) ON DELETE CASCADE,
    CONSTRAINT fk_queue_handlers_user FOREIGN KEY (user_id) REFERENCES staff_users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
