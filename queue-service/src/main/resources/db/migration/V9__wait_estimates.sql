-- The wait estimated for each ticket when it was issued, kept to measure estimates against the waits
-- that followed (the ticket's first_called_at - estimated_at). Nothing personal: no purge needed.

CREATE TABLE wait_estimate (
    ticket_id         BIGINT      NOT NULL PRIMARY KEY,
    hall_code         VARCHAR(32) NOT NULL,
    service_day       DATE        NOT NULL,
    service_code      VARCHAR(48) NOT NULL,
    estimated_at      DATETIME(6) NOT NULL,
    estimated_seconds INT         NOT NULL,
    KEY ix_wait_estimate_day (hall_code, service_day, service_code),
    CONSTRAINT fk_wait_estimate_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT ck_wait_estimate_seconds CHECK (estimated_seconds >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
