-- Consultations: a visitor asks about a service from their phone or a kiosk, and hall staff answer
-- live. A conversation's public id is unguessable and is its only key for the visitor; no ID number,
-- no uploads, text only. Each write locks the conversation's row, so its messages' ids follow commit
-- order and a page that asks for what came after its last message misses nothing.

CREATE TABLE consultation (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    public_id         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hall_code         VARCHAR(32)  NOT NULL,
    service_code      VARCHAR(48)  NOT NULL,
    channel           VARCHAR(8)   NOT NULL,
    ticket_ref        VARCHAR(32)  NULL,
    status            VARCHAR(8)   NOT NULL,
    opened_at         DATETIME(6)  NOT NULL,
    opened_day        DATE         NOT NULL,
    -- When it joined the queue it waits in: its opening, or its last handover.
    waiting_since     DATETIME(6)  NOT NULL,
    staff_id          BIGINT       NULL,
    claimed_at        DATETIME(6)  NULL,
    first_response_at DATETIME(6)  NULL,
    last_activity_at  DATETIME(6)  NOT NULL,
    closed_at         DATETIME(6)  NULL,
    closed_by         VARCHAR(8)   NULL,
    version           INT          NOT NULL DEFAULT 0,
    UNIQUE KEY uk_consultation_public_id (public_id),
    KEY ix_consultation_open (hall_code, status, waiting_since),
    KEY ix_consultation_day (hall_code, opened_day),
    CONSTRAINT fk_consultation_service FOREIGN KEY (hall_code, service_code) REFERENCES service (hall_code, code),
    CONSTRAINT fk_consultation_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id),
    CONSTRAINT ck_consultation_status CHECK (status IN ('WAITING', 'ACTIVE', 'CLOSED')),
    CONSTRAINT ck_consultation_channel CHECK (channel IN ('WEB', 'KIOSK')),
    CONSTRAINT ck_consultation_closed_by CHECK (closed_by IS NULL OR closed_by IN ('STAFF', 'VISITOR', 'IDLE'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE consultation_message (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    consultation_id BIGINT        NOT NULL,
    author          VARCHAR(8)    NOT NULL,
    staff_id        BIGINT        NULL,
    staff_name      VARCHAR(100)  NULL,
    text            VARCHAR(4000) NOT NULL,
    guide_service   VARCHAR(48)   NULL,
    at              DATETIME(6)   NOT NULL,
    KEY ix_message_consultation (consultation_id, id),
    CONSTRAINT fk_message_consultation FOREIGN KEY (consultation_id) REFERENCES consultation (id),
    CONSTRAINT ck_message_author CHECK (author IN ('VISITOR', 'STAFF', 'SYSTEM'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Staff members allowed to answer consultations (managers and admins always are).
CREATE TABLE consultant (
    staff_id   BIGINT      NOT NULL PRIMARY KEY,
    granted_at DATETIME(6) NOT NULL,
    CONSTRAINT fk_consultant_staff FOREIGN KEY (staff_id) REFERENCES staff_member (id)
) ENGINE = InnoDB;
