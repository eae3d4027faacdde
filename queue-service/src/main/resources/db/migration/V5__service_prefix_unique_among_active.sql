-- Administration deactivates services instead of deleting them (their tickets keep pointing at
-- them), so a ticket prefix need only be unique among a hall's active services: a retired
-- service's letter can be given to a new one. Ticket numbers stay unique because the daily
-- counter is kept per prefix, whichever service uses it. (RTRIM: MariaDB refuses a stored column
-- that reads a CHAR as it is, since its padding depends on the SQL mode.)
ALTER TABLE service
    ADD COLUMN active_prefix CHAR(1) AS (IF(active, RTRIM(prefix), NULL)) PERSISTENT,
    DROP INDEX uk_service_prefix,
    ADD UNIQUE KEY uk_service_active_prefix (hall_code, active_prefix);

-- A service may have no wait threshold: its long waits raise no alert.
ALTER TABLE service MODIFY wait_threshold_seconds INT NULL;
