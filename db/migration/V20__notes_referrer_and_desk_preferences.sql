-- Notes agents keep on a conversation: for staff only, kept with the conversation's history, never
-- edited afterwards (a correction is a new note, so the history stays honest).
CREATE TABLE conversation_notes (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    conversation_id BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_conversation_notes_conversation (conversation_id, id),
    CONSTRAINT fk_conversation_notes_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_conversation_notes_author FOREIGN KEY (author_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The page that sent the customer to the page where the chat started (document.referrer).
ALTER TABLE conversations ADD COLUMN customer_referrer VARCHAR(1000) NULL;

-- The desk's alerts each agent can switch off; a missing row means the defaults (both on).
CREATE TABLE desk_preferences (
    user_id         BIGINT      NOT NULL,
    organisation_id BIGINT      NOT NULL,
    sound_alerts    TINYINT(1)  NOT NULL DEFAULT 1,
    tab_flash       TINYINT(1)  NOT NULL DEFAULT 1,
    PRIMARY KEY (user_id),
    CONSTRAINT fk_desk_preferences_user FOREIGN KEY (user_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- When an agent first took the chat: assigned_at moves with every transfer, and a queue's waits
-- are counted to the first answer. Chats from before this column get their latest assignment.
ALTER TABLE conversations ADD COLUMN first_assigned_at DATETIME(6) NULL;
UPDATE conversations SET first_assigned_at = assigned_at WHERE assigned_at IS NOT NULL;

-- A queue's figures for a day read its conversations started since midnight.
CREATE INDEX idx_conversations_queue_created ON conversations (queue_id, created_at);
