-- What a customer may tell about themselves in the widget's start form, as they typed it (shown to
-- the agent as given; the lookup normalises it), and the contact card the agent chose for the
-- conversation. A card erased or merged away must not take its conversations with it: the link is
-- cleared (or moved to the surviving card by the merge before the delete).
ALTER TABLE conversations ADD COLUMN customer_phone VARCHAR(40) NULL;
ALTER TABLE conversations ADD COLUMN customer_email VARCHAR(254) NULL;
ALTER TABLE conversations ADD COLUMN contact_id BIGINT NULL;
ALTER TABLE conversations ADD CONSTRAINT fk_conversations_contact
    FOREIGN KEY (contact_id) REFERENCES contacts (id) ON DELETE SET NULL;
