-- Ratings of visits and the follow-ups of bad reviews and complaints.
-- A ticket is rated at most once, whatever the channel: the unique key on the ticket decides
-- between two ratings that arrive at once. The rating keeps where the visit happened (hall,
-- service, window, clerk) as it was then; comment and contact are visitor data that the retention
-- job clears.

CREATE TABLE rating (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    ticket_id     VARCHAR(32)  NOT NULL,
    hall_code     VARCHAR(32)  NOT NULL,
    service_code  VARCHAR(48)  NOT NULL,
    service_day   DATE         NOT NULL,
    ticket_number VARCHAR(12)  NOT NULL,
    window_id     BIGINT       NULL,
    window_number INT          NULL,
    clerk_id      BIGINT       NULL,
    level         TINYINT      NOT NULL,
    reasons       VARCHAR(64)  NOT NULL DEFAULT '',
    comment       VARCHAR(500) NULL,
    channel       VARCHAR(8)   NOT NULL,
    contact       VARCHAR(100) NULL,
    rated_at      DATETIME(6)  NOT NULL,
    UNIQUE KEY uk_rating_ticket (ticket_id),
    KEY ix_rating_hall (hall_code, rated_at),
    CONSTRAINT fk_rating_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (public_id),
    CONSTRAINT fk_rating_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT fk_rating_window FOREIGN KEY (window_id) REFERENCES service_window (id),
    CONSTRAINT fk_rating_clerk FOREIGN KEY (clerk_id) REFERENCES staff_member (id),
    CONSTRAINT ck_rating_level CHECK (level BETWEEN 1 AND 5),
    CONSTRAINT ck_rating_channel CHECK (channel IN ('WINDOW', 'WEB', 'KIOSK'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One counter per service day for follow-up tracking numbers (FU-yyyyMMdd-NNNN), unique installation-wide.
CREATE TABLE follow_up_counter (
    day        DATE NOT NULL PRIMARY KEY,
    last_value INT  NOT NULL
) ENGINE = InnoDB;

-- A bad review's or a complaint's follow-up: exactly one per source, by the unique keys.
CREATE TABLE follow_up (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_number VARCHAR(24)   NOT NULL,
    hall_code       VARCHAR(32)   NOT NULL,
    rating_id       BIGINT        NULL,
    feedback_id     BIGINT        NULL,
    status          VARCHAR(10)   NOT NULL DEFAULT 'OPEN',
    appeal_reason   VARCHAR(10)   NULL,
    assignee_id     BIGINT        NULL,
    opened_at       DATETIME(6)   NOT NULL,
    opened_day      DATE          NOT NULL,
    deadline        DATE          NOT NULL,
    answer          VARCHAR(2000) NULL,
    closed_at       DATETIME(6)   NULL,
    version         INT           NOT NULL DEFAULT 0,
    UNIQUE KEY uk_follow_up_tracking (tracking_number),
    UNIQUE KEY uk_follow_up_rating (rating_id),
    UNIQUE KEY uk_follow_up_feedback (feedback_id),
    KEY ix_follow_up_hall (hall_code, status, deadline),
    CONSTRAINT fk_follow_up_hall FOREIGN KEY (hall_code) REFERENCES hall (code),
    CONSTRAINT fk_follow_up_rating FOREIGN KEY (rating_id) REFERENCES rating (id),
    CONSTRAINT fk_follow_up_feedback FOREIGN KEY (feedback_id) REFERENCES feedback (id),
    CONSTRAINT fk_follow_up_assignee FOREIGN KEY (assignee_id) REFERENCES staff_member (id),
    CONSTRAINT ck_follow_up_source CHECK ((rating_id IS NULL) <> (feedback_id IS NULL)),
    CONSTRAINT ck_follow_up_status CHECK (status IN ('OPEN', 'VERIFIED', 'RECTIFIED', 'ANSWERED', 'APPEALED')),
    CONSTRAINT ck_follow_up_appeal CHECK ((status = 'APPEALED') = (appeal_reason IS NOT NULL)
        AND (appeal_reason IS NULL OR appeal_reason IN ('MISTAKEN', 'MALICIOUS')))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What was done on a follow-up, by whom and when; the note is staff text about a visitor, cleared by retention.
CREATE TABLE follow_up_note (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    follow_up_id BIGINT        NOT NULL,
    at           DATETIME(6)   NOT NULL,
    staff_id     BIGINT        NULL,
    staff_name   VARCHAR(100)  NULL,
    action       VARCHAR(16)   NOT NULL,
    note         VARCHAR(1000) NULL,
    KEY ix_follow_up_note (follow_up_id, id),
    CONSTRAINT fk_follow_up_note FOREIGN KEY (follow_up_id) REFERENCES follow_up (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
