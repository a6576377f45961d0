-- The language a staff member chose for Tiski's pages; NULL: their browser's.
ALTER TABLE staff_users ADD COLUMN language VARCHAR(8) NULL;
