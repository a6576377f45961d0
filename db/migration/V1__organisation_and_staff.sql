-- Tenants and their staff. Every row that belongs to an organisation carries organisation_id.
-- One dialect: MariaDB, which H2 also runs in MODE=MariaDB (the embedded default).

CREATE TABLE organisations (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(120) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_organisations_name (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Usernames are unique across the installation so that login needs no organisation picker.
CREATE TABLE staff_users (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT       NOT NULL,
    username        VARCHAR(80)  NOT NULL,
    display_name    VARCHAR(120) NOT NULL,
    password_hash   VARCHAR(512) NOT NULL,
    active          TINYINT(1)   NOT NULL DEFAULT 1,
    created_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_staff_users_username (username),
    KEY idx_staff_users_organisation (organisation_id),
    CONSTRAINT fk_staff_users_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE staff_user_roles (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_staff_user_roles_user FOREIGN KEY (user_id) REFERENCES staff_users (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
