-- Rights that change at once: a staff member's rights version goes up whenever their roles change,
-- their password is reset, or they are deactivated or activated again. A session remembers the
-- version it logged in with and an open live line the version it opened with; a different version
-- ends the session at its next request and closes the line.
ALTER TABLE staff_users ADD COLUMN rights_version INT NOT NULL DEFAULT 0;
