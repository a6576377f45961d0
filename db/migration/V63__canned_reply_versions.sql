-- Language versions of canned replies. A reply's own text stays its default version, used for a
-- customer whose language has no version; language says which language that default text is in
-- (NULL: not said). Each further version is one row per language (en, fi, sv, cs, as Tiski's
-- pages), so the key itself keeps one version per language. A version goes with its reply, also
-- when the database deletes the reply (its queue or its owner deleted, see V18).
ALTER TABLE canned_replies ADD COLUMN language VARCHAR(8) NULL;

CREATE TABLE canned_reply_versions (
    reply_id BIGINT        NOT NULL,
    language VARCHAR(8)    NOT NULL,
    text     VARCHAR(4000) NOT NULL,
    PRIMARY KEY (reply_id, language),
    CONSTRAINT fk_canned_reply_versions_reply FOREIGN KEY (reply_id) REFERENCES canned_replies (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
