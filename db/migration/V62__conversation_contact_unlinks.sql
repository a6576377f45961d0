-- A card an agent unlinked from a conversation as not this customer's: who and when, so the desk does
-- not find and link the same card again for that conversation. The card is not changed by it. Both
-- foreign keys cascade: a conversation or card that goes takes these rows with it (an erased card
-- leaves nothing of the person here; the audit trail keeps the ids only).
CREATE TABLE conversation_contact_unlinks (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    conversation_id BIGINT      NOT NULL,
    contact_id      BIGINT      NOT NULL,
    unlinked_by     BIGINT      NOT NULL,
    unlinked_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_contact_unlinks_conversation (conversation_id, contact_id),
    CONSTRAINT fk_contact_unlinks_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
        ON DELETE CASCADE,
    CONSTRAINT fk_contact_unlinks_contact FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_unlinks_staff FOREIGN KEY (unlinked_by) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
