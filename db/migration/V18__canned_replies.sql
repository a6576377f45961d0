-- Canned replies: texts an agent puts into a chat by clicking one in the desk or typing /keyword.
-- owner_id NULL: organisation-wide, kept by admins, for all queues (queue_id NULL) or one queue.
-- owner_id set: the agent's own reply, for every queue (queue_id is always NULL, see the CHECK).
--
-- A keyword is unique among the organisation-wide replies of an organisation and among each
-- agent's own replies. A unique key over owner_id cannot say so, because NULLs never collide;
-- scope_key, computed by the database itself, is 0 for organisation-wide replies (staff ids
-- start at 1) and the owner's id otherwise. Keywords are stored in lower case, so the key also
-- decides "Hello" against "hello", and it decides races the application cannot see.
--
-- A reply scoped to a queue dies with the queue (ON DELETE CASCADE): it was usable only in that
-- queue, and only a queue that never had a conversation can be deleted, so nothing that was ever
-- used is lost. Setting it NULL instead would quietly offer a queue's text in every other queue.
CREATE TABLE canned_replies (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    owner_id        BIGINT        NULL,
    queue_id        BIGINT        NULL,
    scope_key       BIGINT        GENERATED ALWAYS AS (COALESCE(owner_id, 0)),
    keyword         VARCHAR(32)   NOT NULL,
    title           VARCHAR(100)  NOT NULL,
    text            VARCHAR(4000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_canned_replies_keyword (organisation_id, scope_key, keyword),
    KEY idx_canned_replies_owner (owner_id),
    KEY idx_canned_replies_queue (queue_id),
    CONSTRAINT ck_canned_replies_own_unscoped CHECK (owner_id IS NULL OR queue_id IS NULL),
    CONSTRAINT fk_canned_replies_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_canned_replies_owner FOREIGN KEY (owner_id) REFERENCES staff_users (id) ON DELETE CASCADE,
    CONSTRAINT fk_canned_replies_queue FOREIGN KEY (queue_id) REFERENCES queues (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
