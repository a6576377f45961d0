-- How many customers may wait in a queue at once; the next one is told the line is full.
ALTER TABLE queues ADD COLUMN max_waiting INT NOT NULL DEFAULT 200;
