-- An organisation may ask every new chat for a proof of work from the customer's browser, so a
-- script pays for each chat it starts.
ALTER TABLE organisations ADD COLUMN chat_challenge TINYINT(1) NOT NULL DEFAULT 0;
