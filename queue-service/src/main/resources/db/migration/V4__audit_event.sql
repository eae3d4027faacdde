-- Who did what, when and from where: every staff console action and every sign-in. Append-only:
-- the application only ever inserts and reads these rows (a test checks that no code updates or
-- deletes them). No foreign key to staff_member: a failed sign-in names a username that may not
-- exist, and the record must outlive any change to the accounts.

CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at             DATETIME(6)  NOT NULL,
    actor_id       BIGINT       NULL,
    actor_username VARCHAR(64)  NULL,
    actor_role     VARCHAR(8)   NULL,
    action         VARCHAR(32)  NOT NULL,
    hall_code      VARCHAR(32)  NULL,
    target_type    VARCHAR(8)   NULL,
    target_id      VARCHAR(64)  NULL,
    detail         VARCHAR(500) NULL,
    remote_address VARCHAR(64)  NULL,
    KEY ix_audit_at (at),
    KEY ix_audit_actor_at (actor_id, at),
    CONSTRAINT ck_audit_target CHECK (target_type IN ('TICKET', 'WINDOW', 'HALL', 'STAFF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
