-- Options menus: an agent's message may offer choices (a JSON array of strings); the customer's
-- click comes back as their message with answer_to = the number of the message it answers.
ALTER TABLE messages ADD COLUMN options_json VARCHAR(2000) NULL;
ALTER TABLE messages ADD COLUMN answer_to BIGINT NULL;
