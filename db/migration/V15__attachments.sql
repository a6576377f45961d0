-- Files sent with chat messages. The bytes live in the file store (outside the web root) under
-- stored_name, a generated name; original_name is only ever shown, never used as a path.
-- message_id stays NULL from the upload until a message claims the file; unclaimed files are
-- removed after a day. uploaded_by_user_id is NULL for the customer.
CREATE TABLE attachments (
    id                  BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id     BIGINT       NOT NULL,
    conversation_id     BIGINT       NOT NULL,
    message_id          BIGINT       NULL,
    uploaded_by_user_id BIGINT       NULL,
    stored_name         VARCHAR(64)  NOT NULL,
    original_name       VARCHAR(255) NOT NULL,
    content_type        VARCHAR(100) NOT NULL,
    size_bytes          BIGINT       NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_attachments_stored_name (stored_name),
    KEY idx_attachments_conversation (conversation_id, message_id),
    KEY idx_attachments_message (message_id),
    KEY idx_attachments_unclaimed (message_id, created_at),
    CONSTRAINT fk_attachments_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_attachments_message FOREIGN KEY (message_id) REFERENCES messages (id),
    CONSTRAINT fk_attachments_uploader FOREIGN KEY (uploaded_by_user_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
