-- Tiski has no video calls: the presence flag for one goes until they exist.
ALTER TABLE agent_presence DROP COLUMN in_video_call;
