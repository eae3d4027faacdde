-- The queue core: halls, their services and windows, tickets, numbering, the event log.
-- Times are stored in UTC (DATETIME(6)); the service day is the date in the hall's own zone.

CREATE TABLE hall (
    code                  VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh               VARCHAR(100) NOT NULL,
    name_en               VARCHAR(100) NOT NULL,
    time_zone             VARCHAR(64)  NOT NULL,
    day_starts_at         TIME         NOT NULL DEFAULT '00:00:00',
    call_policy           VARCHAR(16)  NOT NULL DEFAULT 'weighted',
    enforce_opening_hours BOOLEAN      NOT NULL DEFAULT TRUE,
    version               INT          NOT NULL DEFAULT 0
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hall_opening_period (
    hall_code   VARCHAR(32) NOT NULL,
    day_of_week VARCHAR(9)  NOT NULL,
    opens       TIME        NOT NULL,
    closes      TIME        NOT NULL,
    PRIMARY KEY (hall_code, day_of_week, opens),
    CONSTRAINT fk_opening_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT ck_opening_order CHECK (opens < closes)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE hall_holiday (
    hall_code VARCHAR(32)  NOT NULL,
    day       DATE         NOT NULL,
    name      VARCHAR(100) NOT NULL DEFAULT '',
    PRIMARY KEY (hall_code, day),
    CONSTRAINT fk_holiday_hall FOREIGN KEY (hall_code) REFERENCES hall (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service (
    hall_code              VARCHAR(32)  NOT NULL,
    code                   VARCHAR(48)  NOT NULL,
    prefix                 CHAR(1)      NOT NULL,
    name_zh                VARCHAR(100) NOT NULL,
    name_en                VARCHAR(100) NOT NULL,
    category_zh            VARCHAR(50)  NOT NULL,
    category_en            VARCHAR(50)  NOT NULL,
    guide                  LONGTEXT     NOT NULL,
    daily_quota            INT          NULL,
    wait_threshold_seconds INT          NOT NULL,
    pre_application_online BOOLEAN      NOT NULL DEFAULT FALSE,
    active                 BOOLEAN      NOT NULL DEFAULT TRUE,
    sort_order             INT          NOT NULL DEFAULT 0,
    version                INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (hall_code, code),
    UNIQUE KEY uk_service_prefix (hall_code, prefix),
    CONSTRAINT fk_service_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT ck_service_quota CHECK (daily_quota IS NULL OR daily_quota > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE service_window (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hall_code     VARCHAR(32)  NOT NULL,
    number        INT          NOT NULL,
    label_zh      VARCHAR(100) NOT NULL DEFAULT '',
    label_en      VARCHAR(100) NOT NULL DEFAULT '',
    state         VARCHAR(8)   NOT NULL DEFAULT 'CLOSED',
    pause_reason  VARCHAR(200) NULL,
    state_since   DATETIME(6)  NULL,
    priority_only BOOLEAN      NOT NULL DEFAULT FALSE,
    normal_only   BOOLEAN      NOT NULL DEFAULT FALSE,
    version       INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_window_number (hall_code, number),
    CONSTRAINT fk_window_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT ck_window_flags CHECK (NOT (priority_only AND normal_only))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE window_service (
    window_id    BIGINT       NOT NULL,
    hall_code    VARCHAR(32)  NOT NULL,
    service_code VARCHAR(48)  NOT NULL,
    weight       DECIMAL(4, 2) NOT NULL,
    PRIMARY KEY (window_id, service_code),
    CONSTRAINT fk_ws_window FOREIGN KEY (window_id) REFERENCES service_window (id) ON DELETE CASCADE,
    CONSTRAINT fk_ws_service FOREIGN KEY (hall_code, service_code) REFERENCES service (hall_code, code),
    CONSTRAINT ck_ws_weight CHECK (weight > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per hall: locked by every write to that hall, so its event ids follow commit order.
CREATE TABLE hall_event_sequence (
    hall_code VARCHAR(32) NOT NULL PRIMARY KEY,
    last_id   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT fk_seq_hall FOREIGN KEY (hall_code) REFERENCES hall (code)
) ENGINE = InnoDB;

CREATE TABLE hall_event (
    hall_code   VARCHAR(32) NOT NULL,
    id          BIGINT      NOT NULL,
    type        VARCHAR(40) NOT NULL,
    occurred_at DATETIME(6) NOT NULL,
    ticket_id   BIGINT      NULL,
    window_id   BIGINT      NULL,
    payload     LONGTEXT    NOT NULL,
    PRIMARY KEY (hall_code, id),
    KEY ix_event_ticket (ticket_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One counter per hall, prefix and service day; incremented inside the ticket's transaction.
CREATE TABLE ticket_counter (
    hall_code   VARCHAR(32) NOT NULL,
    prefix      CHAR(1)     NOT NULL,
    service_day DATE        NOT NULL,
    last_value  INT         NOT NULL,
    PRIMARY KEY (hall_code, prefix, service_day)
) ENGINE = InnoDB;

CREATE TABLE ticket (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id        VARCHAR(32)  NOT NULL,
    hall_code        VARCHAR(32)  NOT NULL,
    service_day      DATE         NOT NULL,
    number           VARCHAR(12)  NOT NULL,
    service_code     VARCHAR(48)  NOT NULL,
    channel          VARCHAR(16)  NOT NULL,
    priority         VARCHAR(16)  NOT NULL,
    status           VARCHAR(12)  NOT NULL,
    issued_at        DATETIME(6)  NOT NULL,
    waiting_since    DATETIME(6)  NOT NULL,
    called_at        DATETIME(6)  NULL,
    started_at       DATETIME(6)  NULL,
    ended_at         DATETIME(6)  NULL,
    window_id        BIGINT       NULL,
    target_window_id BIGINT       NULL,
    call_count       INT          NOT NULL DEFAULT 0,
    appointment_at   DATETIME(6)  NULL,
    note             VARCHAR(500) NULL,
    version          INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_ticket_public_id (public_id),
    UNIQUE KEY uk_ticket_number (hall_code, service_day, number),
    KEY ix_ticket_queue (hall_code, status, service_code),
    KEY ix_ticket_window (window_id, status),
    CONSTRAINT fk_ticket_service FOREIGN KEY (hall_code, service_code) REFERENCES service (hall_code, code),
    CONSTRAINT fk_ticket_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_ticket_target FOREIGN KEY (target_window_id) REFERENCES service_window (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE idempotency_key (
    hall_code    VARCHAR(32)  NOT NULL,
    idem_key     VARCHAR(100) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    ticket_id    BIGINT       NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (hall_code, idem_key),
    CONSTRAINT fk_idem_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
