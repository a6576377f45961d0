-- When a queue is closed, customers leave a message; it is stored first, then e-mailed to the
-- queue's address. mailed_at stays empty until a send succeeds, so a failed send is retried.

ALTER TABLE queues ADD COLUMN contact_email VARCHAR(254) NULL;

CREATE TABLE offline_messages (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    queue_id        BIGINT        NOT NULL,
    customer_name   VARCHAR(120)  NULL,
    contact         VARCHAR(254)  NOT NULL,
    message         TEXT          NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    mailed_at       DATETIME(6)   NULL,
    send_attempts   INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY idx_offline_messages_queue (queue_id, created_at),
    KEY idx_offline_messages_unsent (mailed_at, send_attempts),
    CONSTRAINT fk_offline_messages_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_offline_messages_queue FOREIGN KEY (queue_id) REFERENCES queues (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
