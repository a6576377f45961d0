-- Each transcript a customer asked for, until it is mailed: a mail server that is down for a while
-- delays a transcript, it does not lose it. Tried again every minute, at most five times.
CREATE TABLE transcript_mails (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    conversation_id BIGINT        NOT NULL,
    email           VARCHAR(254)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    mailed_at       DATETIME(6)   NULL,
    send_attempts   INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    KEY idx_transcript_mails_unsent (mailed_at, send_attempts),
    CONSTRAINT fk_transcript_mails_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
