-- An offline message is handled when someone has answered it: who and when, so a colleague does not
-- answer it twice. The admin list filters on it, newest first.
ALTER TABLE offline_messages ADD COLUMN handled_at DATETIME(6) NULL;
ALTER TABLE offline_messages ADD COLUMN handled_by BIGINT NULL;
CREATE INDEX idx_offline_messages_org_created ON offline_messages (organisation_id, created_at);
