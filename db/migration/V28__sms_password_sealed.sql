-- The SMS service's password is now stored sealed (AES-256-GCM under the server's key,
-- tiski.secrets.key; see platform Secrets): "v1:" and the base64 of IV, ciphertext and tag, longer
-- than the 200 characters a password may have. Rows saved in plain text before this are sealed by
-- the application at start-up and when read: a migration cannot, the key is not in the database.
ALTER TABLE sms_settings MODIFY COLUMN password VARCHAR(1000) NULL;
