-- The admin contact list (sorting, prefix search, export), merging and erasing cards.
--
-- Sort orders of the admin list, each an index that starts with the organisation so a page of a
-- million cards is read in order instead of sorted: last name (idx_contacts_name, V21), first name,
-- organisation, e-mail 1 and last change. The id at the end keeps equal values in a stable order.
-- idx_contacts_org_id serves the export, which pages through the cards by id.
CREATE INDEX idx_contacts_first_name ON contacts (organisation_id, first_name, last_name, id);
CREATE INDEX idx_contacts_organisation_name ON contacts (organisation_id, organisation_name, id);
CREATE INDEX idx_contacts_email1 ON contacts (organisation_id, email1, id);
CREATE INDEX idx_contacts_updated ON contacts (organisation_id, updated_at, id);
CREATE INDEX idx_contacts_org_id ON contacts (organisation_id, id);

-- The search box matches the start of a name, an organisation or an e-mail address. These are kept
-- in lower case as keys of kind 'NAME' (first name, last name, "first last", organisation) beside
-- the e-mail keys, so one range scan of idx_contact_keys_lookup (organisation_id, kind, key_value)
-- answers "starts with" without case in MariaDB and H2 alike; a LIKE '%x%' on the columns read
-- every card. The cards saved before this migration get their name keys here (NOT EXISTS: two
-- of them may be equal in the column's collation, and the key is unique per card).
INSERT INTO contact_keys (contact_id, organisation_id, kind, key_value)
    SELECT c.id, c.organisation_id, 'NAME', LOWER(c.first_name) FROM contacts c
    WHERE c.first_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contact_keys k
        WHERE k.contact_id = c.id AND k.kind = 'NAME' AND k.key_value = LOWER(c.first_name));
INSERT INTO contact_keys (contact_id, organisation_id, kind, key_value)
    SELECT c.id, c.organisation_id, 'NAME', LOWER(c.last_name) FROM contacts c
    WHERE c.last_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contact_keys k
        WHERE k.contact_id = c.id AND k.kind = 'NAME' AND k.key_value = LOWER(c.last_name));
INSERT INTO contact_keys (contact_id, organisation_id, kind, key_value)
    SELECT c.id, c.organisation_id, 'NAME', LOWER(CONCAT(c.first_name, ' ', c.last_name)) FROM contacts c
    WHERE c.first_name IS NOT NULL AND c.last_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contact_keys k
        WHERE k.contact_id = c.id AND k.kind = 'NAME' AND k.key_value = LOWER(CONCAT(c.first_name, ' ', c.last_name)));
INSERT INTO contact_keys (contact_id, organisation_id, kind, key_value)
    SELECT c.id, c.organisation_id, 'NAME', LOWER(c.organisation_name) FROM contacts c
    WHERE c.organisation_name IS NOT NULL AND NOT EXISTS (SELECT 1 FROM contact_keys k
        WHERE k.contact_id = c.id AND k.kind = 'NAME' AND k.key_value = LOWER(c.organisation_name));

-- What admins did that must be accountable without keeping what was removed: who (a staff id),
-- what (action, e.g. 'CONTACT_ERASED'), to which row (its id, now gone) and when. No names, no
-- addresses, no free text: an erasure for a data-protection request must not leave the person here.
CREATE TABLE audit_entries (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    organisation_id BIGINT      NOT NULL,
    actor_id        BIGINT      NOT NULL,
    action          VARCHAR(40) NOT NULL,
    subject_id      BIGINT      NOT NULL,
    occurred_at     DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_audit_entries_org (organisation_id, occurred_at, id),
    CONSTRAINT fk_audit_entries_organisation FOREIGN KEY (organisation_id) REFERENCES organisations (id),
    CONSTRAINT fk_audit_entries_actor FOREIGN KEY (actor_id) REFERENCES staff_users (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
