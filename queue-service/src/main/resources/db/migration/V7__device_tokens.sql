-- Kiosks and boards registered by an admin, each with a bearer token of its own scoped to one hall and
-- one role. Only a SHA-256 of the token is kept: it is shown once, when registered. A revoked token
-- stays (revoked_at set) so that the audit and the device list still name it.

CREATE TABLE device_token (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hall_code    VARCHAR(32)  NOT NULL,
    role         VARCHAR(8)   NOT NULL,
    name         VARCHAR(64)  NOT NULL,
    token_sha256 CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    created_by   VARCHAR(64)  NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    revoked_by   VARCHAR(64)  NULL,
    UNIQUE KEY uk_device_token_sha256 (token_sha256),
    KEY ix_device_token_hall (hall_code, name),
    CONSTRAINT fk_device_token_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT ck_device_token_role CHECK (role IN ('KIOSK', 'BOARD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
