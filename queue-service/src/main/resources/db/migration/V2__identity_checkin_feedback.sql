-- Identity, check-in (pre-applications, appointments), the portal webhook and feedback.
-- ID numbers are never stored in clear: person_hash is a keyed HMAC-SHA256 (hex) of the
-- normalised number, masked_id its display form (1101**********002X); names only masked.

ALTER TABLE ticket
    ADD COLUMN person_hash CHAR(64) NULL AFTER appointment_at,
    ADD KEY ix_ticket_person (hall_code, service_day, person_hash);

-- Secrets the service generated itself because none was configured (identity, QR signing).
CREATE TABLE app_secret (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret     VARCHAR(128) NOT NULL,
    created_at DATETIME(6)  NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

CREATE TABLE pre_application (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(64)  NOT NULL,
    hall_code            VARCHAR(32)  NOT NULL,
    service_code         VARCHAR(48)  NOT NULL,
    person_hash          CHAR(64)     NOT NULL,
    masked_id            VARCHAR(18)  NOT NULL,
    masked_name          VARCHAR(100) NOT NULL,
    pre_review_status    VARCHAR(20)  NOT NULL,
    materials            LONGTEXT     NULL,
    submitted_at         DATETIME(6)  NOT NULL,
    checked_in_ticket_id BIGINT       NULL,
    updated_at           DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_pre_application_reference (reference),
    KEY ix_pre_application_person (hall_code, person_hash),
    CONSTRAINT fk_pre_application_service FOREIGN KEY (hall_code, service_code) REFERENCES service (hall_code, code),
    CONSTRAINT fk_pre_application_ticket FOREIGN KEY (checked_in_ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_pre_application_status CHECK (pre_review_status IN ('APPROVED', 'MATERIALS_MISSING', 'REJECTED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE appointment (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    reference            VARCHAR(64)  NOT NULL,
    hall_code            VARCHAR(32)  NOT NULL,
    service_code         VARCHAR(48)  NOT NULL,
    person_hash          CHAR(64)     NOT NULL,
    masked_id            VARCHAR(18)  NOT NULL,
    masked_name          VARCHAR(100) NOT NULL,
    slot_start           DATETIME(6)  NOT NULL,
    slot_end             DATETIME(6)  NOT NULL,
    checked_in_ticket_id BIGINT       NULL,
    updated_at           DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_appointment_reference (reference),
    KEY ix_appointment_person (hall_code, person_hash, slot_start),
    CONSTRAINT fk_appointment_service FOREIGN KEY (hall_code, service_code) REFERENCES service (hall_code, code),
    CONSTRAINT fk_appointment_ticket FOREIGN KEY (checked_in_ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_appointment_slot CHECK (slot_start < slot_end)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Signatures of portal webhook requests seen recently: a second delivery of one is a replay.
CREATE TABLE webhook_signature (
    signature   CHAR(64)    NOT NULL PRIMARY KEY,
    received_at DATETIME(6) NOT NULL,
    KEY ix_webhook_signature_received (received_at)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;

-- One counter per day for feedback tracking numbers (FK-yyyyMMdd-NNNN), unique installation-wide.
CREATE TABLE feedback_counter (
    day        DATE NOT NULL PRIMARY KEY,
    last_value INT  NOT NULL
) ENGINE = InnoDB;

CREATE TABLE feedback (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_number VARCHAR(24)   NOT NULL,
    hall_code       VARCHAR(32)   NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    category        VARCHAR(16)   NOT NULL,
    text            VARCHAR(1000) NOT NULL,
    contact         VARCHAR(100)  NULL,
    ticket_ref      VARCHAR(32)   NULL,
    status          VARCHAR(16)   NOT NULL DEFAULT 'RECEIVED',
    answer          VARCHAR(2000) NULL,
    submitted_at    DATETIME(6)   NOT NULL,
    UNIQUE KEY uk_feedback_tracking (tracking_number),
    KEY ix_feedback_hall (hall_code, submitted_at),
    CONSTRAINT fk_feedback_hall FOREIGN KEY (hall_code) REFERENCES hall (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
