-- Staff members and the clerk seated at a window; kiosks' and boards' last reports; the first
-- call of a ticket (a wait runs from issue to first call, and recalls or a requeue must not move it).

CREATE TABLE staff_member (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    badge         VARCHAR(16)  NOT NULL,
    role          VARCHAR(8)   NOT NULL,
    -- Set by the sign-in issue; null while nobody signs in.
    password_hash VARCHAR(255) NULL,
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_staff_username (username),
    UNIQUE KEY uk_staff_badge (badge),
    CONSTRAINT ck_staff_role CHECK (role IN ('STAFF', 'MANAGER', 'ADMIN'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One clerk at a window, and a clerk at one window at a time; cleared when the window closes.
ALTER TABLE service_window
    ADD COLUMN clerk_id BIGINT NULL AFTER pause_reason,
    ADD UNIQUE KEY uk_window_clerk (clerk_id),
    ADD CONSTRAINT fk_window_clerk FOREIGN KEY (clerk_id) REFERENCES staff_member (id);

ALTER TABLE ticket
    ADD COLUMN first_called_at DATETIME(6) NULL AFTER waiting_since;

-- Best available for tickets called before this column existed: their last call.
UPDATE ticket SET first_called_at = called_at WHERE called_at IS NOT NULL;

-- The last report of each kiosk and board; ids are case-sensitive ASCII.
CREATE TABLE device_status (
    hall_code   VARCHAR(32)  NOT NULL,
    device_id   VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    state       VARCHAR(16)  NOT NULL,
    detail      VARCHAR(200) NULL,
    since       DATETIME(6)  NOT NULL,
    reported_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (hall_code, device_id),
    CONSTRAINT fk_device_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT ck_device_kind CHECK (kind IN ('KIOSK', 'BOARD')),
    CONSTRAINT ck_device_state CHECK (state IN ('READY', 'DEGRADED', 'OUT_OF_SERVICE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
