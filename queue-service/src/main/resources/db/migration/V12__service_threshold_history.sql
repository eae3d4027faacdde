-- Every wait threshold a service has had, from when it applied: a report re-run for a past period
-- judges that period's waits by the thresholds of the time, not by today's. Append-only.
-- A service's thresholds before this table existed are unknown: its threshold now applies from the start.

CREATE TABLE service_threshold (
    id                     BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hall_code              VARCHAR(32) NOT NULL,
    service_code           VARCHAR(48) NOT NULL,
    effective_from         DATETIME(6) NOT NULL,
    wait_threshold_seconds INT         NULL,
    KEY ix_service_threshold (hall_code, service_code, effective_from),
    CONSTRAINT fk_service_threshold_service FOREIGN KEY (hall_code, service_code) REFERENCES service (hall_code, code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO service_threshold (hall_code, service_code, effective_from, wait_threshold_seconds)
SELECT hall_code, code, '1970-01-01 00:00:00', wait_threshold_seconds FROM service;
