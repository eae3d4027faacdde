-- What the clerk records about a visit at the window: each material of the checklist received or
-- missing, and a note. The note may hold visitor data: the retention job clears it with the ticket's.

CREATE TABLE visit_record (
    ticket_id  BIGINT        NOT NULL PRIMARY KEY,
    -- JSON object: material name (Chinese, as in the guide) -> RECEIVED or MISSING
    checklist  LONGTEXT      NULL,
    note       VARCHAR(1000) NULL,
    updated_by BIGINT        NULL,
    updated_at DATETIME(6)   NOT NULL,
    CONSTRAINT fk_visit_record_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
