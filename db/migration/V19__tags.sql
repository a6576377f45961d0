-- Conversation tags: an organisation's list of labels (maintained by admins and supervisors) and
-- which conversations carry which. A tag is retired, never deleted, so the conversations that
-- carry it keep it in their history.
CREATE TABLE tags (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    name            VARCHAR(40) NOT NULL,
    colour          CHAR(7)     NOT NULL,
    retired         TINYINT(1)  NOT NULL DEFAULT 0,
    created_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_tags_organisation_name (organisation_id, name),
    CONSTRAINT fk_tags_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- One row per tag on a conversation; the pair is the key, so a tag is on a conversation once.
CREATE TABLE conversation_tags (
    conversation_id  BIGINT      NOT NULL,
    tag_id           BIGINT      NOT NULL,
    added_by_user_id BIGINT      NOT NULL,
    added_at         DATETIME(6) NOT NULL,
    PRIMARY KEY (conversation_id, tag_id),
    KEY idx_conversation_tags_tag (tag_id),
    CONSTRAINT fk_conversation_tags_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_conversation_tags_tag FOREIGN KEY (tag_id) REFERENCES tags (id),
    CONSTRAINT fk_conversation_tags_added_by FOREIGN KEY (added_by_user_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
