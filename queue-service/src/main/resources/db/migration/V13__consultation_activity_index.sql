-- Each instance looks every half second for conversations written in the last few seconds (by
-- another instance, perhaps), so that its open pages follow them at once.
CREATE INDEX ix_consultation_activity ON consultation (last_activity_at);
