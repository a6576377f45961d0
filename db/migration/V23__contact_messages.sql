-- Messages staff send a customer from the contact card, by e-mail or SMS: the card's history.
-- A row is stored (status SENDING) before anything leaves the server and updated with the outcome
-- after, so a failed send is on the record too and no transaction waits on a mail server or an
-- SMS service. recipient is one of the card's own addresses or numbers (E.164 for SMS) at the time
-- of sending. Erasing a card erases its messages (ON DELETE CASCADE); merging moves them.
CREATE TABLE contact_messages (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    contact_id      BIGINT       NOT NULL,
    conversation_id BIGINT       NULL,
    sender_id       BIGINT       NOT NULL,
    channel         VARCHAR(5)   NOT NULL,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(200) NULL,
    body            TEXT         NOT NULL,
    status          VARCHAR(10)  NOT NULL,
    error           VARCHAR(500) NULL,
    sent_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_contact_messages_contact (contact_id, sent_at),
    CONSTRAINT fk_contact_messages_contact FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_messages_conversation FOREIGN KEY (conversation_id) REFERENCES conversations (id),
    CONSTRAINT fk_contact_messages_sender FOREIGN KEY (sender_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- How an organisation's SMS leave: gateway RECORDING (the default, also when there is no row) keeps
-- them in contact_messages only; HTTP posts each one to the organisation's SMS service at url, with
-- body_template filled in ({to} and {text}, escaped for content_type) and basic authentication when
-- a username is set. The password is needed in clear to send, so it is stored as given and never
-- shown again (the API and the admin page only say whether one is set).
CREATE TABLE sms_settings (
    organisation_id BIGINT        NOT NULL,
    gateway         VARCHAR(10)   NOT NULL,
    url             VARCHAR(500)  NULL,
    username        VARCHAR(120)  NULL,
    password        VARCHAR(200)  NULL,
    content_type    VARCHAR(40)   NOT NULL,
    body_template   VARCHAR(2000) NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (organisation_id),
    CONSTRAINT fk_sms_settings_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
