-- How many transcripts a customer has had mailed for the conversation: a few are fine (a typo in
-- the address), more would make Tiski a relay for mail to anyone.
ALTER TABLE conversations ADD COLUMN transcripts_sent INT NOT NULL DEFAULT 0;
