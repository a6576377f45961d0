-- Contact cards: the organisation's address book, shown to agents next to a conversation.
--
-- Two settings per organisation: whether agents (and supervisors) may add and change cards (admins
-- always may), and the country whose national numbering a phone number without a + or 00 prefix
-- belongs to (ISO 3166 alpha-2), used to bring every phone number to E.164.
ALTER TABLE organisations ADD COLUMN agents_edit_contacts TINYINT(1) NOT NULL DEFAULT 0;
ALTER TABLE organisations ADD COLUMN default_country CHAR(2) NOT NULL DEFAULT 'FI';

-- One card. Phones are stored in E.164 (+358401234567), e-mails as typed. verified: the card came
-- from a trusted source (set by an admin through the API or a later import); then only admins may
-- change it. version: optimistic locking, so a second save of a card read before the first is
-- refused instead of silently overwriting it.
CREATE TABLE contacts (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id   BIGINT       NOT NULL,
    first_name        VARCHAR(100) NULL,
    last_name         VARCHAR(100) NULL,
    working_title     VARCHAR(100) NULL,
    organisation_name VARCHAR(120) NULL,
    department        VARCHAR(120) NULL,
    street_name       VARCHAR(120) NULL,
    street_number     VARCHAR(20)  NULL,
    zip_code          VARCHAR(20)  NULL,
    zip_location      VARCHAR(100) NULL,
    email1            VARCHAR(254) NULL,
    email1_label      VARCHAR(40)  NULL,
    email2            VARCHAR(254) NULL,
    email2_label      VARCHAR(40)  NULL,
    phone1            VARCHAR(20)  NULL,
    phone1_label      VARCHAR(40)  NULL,
    phone2            VARCHAR(20)  NULL,
    phone2_label      VARCHAR(40)  NULL,
    verified          TINYINT(1)   NOT NULL DEFAULT 0,
    version           BIGINT       NOT NULL DEFAULT 0,
    created_at        DATETIME(6)  NOT NULL,
    updated_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_contacts_name (organisation_id, last_name, first_name, id),
    CONSTRAINT fk_contacts_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- The normalised keys a customer is looked up by: kind 'PHONE' with the E.164 number, kind 'EMAIL'
-- with the address in lower case. A table of its own rather than an indexed column per field: one
-- index (organisation_id, kind, key_value) answers "who has this number" in a single seek whichever slot
-- (phone 1 or 2, e-mail 1 or 2) holds it, where per-field columns need one index each and an OR of
-- them, and more slots later need no new index. The card's owner rewrites its keys on every save.
CREATE TABLE contact_keys (
    contact_id      BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    kind            VARCHAR(5)   NOT NULL,
    key_value       VARCHAR(254) NOT NULL,
    PRIMARY KEY (contact_id, kind, key_value),
    KEY idx_contact_keys_lookup (organisation_id, kind, key_value),
    CONSTRAINT fk_contact_keys_contact FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Notes staff keep on a card; each may be changed or deleted by its author only.
CREATE TABLE contact_notes (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT        NOT NULL,
    contact_id      BIGINT        NOT NULL,
    author_id       BIGINT        NOT NULL,
    body            VARCHAR(4000) NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY idx_contact_notes_contact (contact_id, created_at),
    CONSTRAINT fk_contact_notes_contact FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE CASCADE,
    CONSTRAINT fk_contact_notes_author FOREIGN KEY (author_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
