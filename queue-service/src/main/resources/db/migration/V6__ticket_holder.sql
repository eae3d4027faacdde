-- The visitor's masked name (张*) on a ticket checked in from a pre-application or appointment, for
-- halls that show names on their boards. Never a full name: it is copied from the masked form.
ALTER TABLE ticket
    ADD COLUMN holder_masked VARCHAR(100) NULL AFTER person_hash;
