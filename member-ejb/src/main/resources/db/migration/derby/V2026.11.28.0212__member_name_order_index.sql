ALTER TABLE member ALTER COLUMN name_key NOT NULL;
CREATE INDEX member_name_key_ix ON member (name_key, id);
