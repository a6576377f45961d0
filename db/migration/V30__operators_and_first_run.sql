-- First run and organisations (issue 15).
-- An organisation can be deactivated by a platform operator: its staff cannot log in and its
-- widget starts no chats; activating it again restores both.
ALTER TABLE organisations ADD COLUMN active TINYINT(1) NOT NULL DEFAULT 1;

-- A password someone else chose (the demo's, one an operator gave a new admin) must be replaced
-- by the user's own before anything else; until then only the password page answers.
ALTER TABLE staff_users ADD COLUMN must_change_password TINYINT(1) NOT NULL DEFAULT 0;

-- Platform operators: they create, rename and deactivate organisations and give them their first
-- admin. Not staff of any organisation, so no organisation_id: nothing scoped to an organisation
-- (conversations, contacts, queues) can be reached as an operator. Usernames are one namespace
-- with staff usernames (checked on creation on both sides) because login is by username alone.
CREATE TABLE operators (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    username             VARCHAR(80)  NOT NULL,
    password_hash        VARCHAR(512) NOT NULL,
    active               TINYINT(1)   NOT NULL DEFAULT 1,
    must_change_password TINYINT(1)   NOT NULL DEFAULT 0,
    rights_version       INT          NOT NULL DEFAULT 0,
    created_at           DATETIME(6)  NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_operators_username (username)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- How the installation got its first organisation: at most one row (id 1), written in the same
-- transaction as that organisation. Its primary key decides between two first-run setups (or a
-- setup and the demo seed of another server) submitted at once: the second insert fails.
CREATE TABLE installation_setup (
    id        INT         NOT NULL,
    set_up_at DATETIME(6) NOT NULL,
    set_up_by VARCHAR(20) NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
