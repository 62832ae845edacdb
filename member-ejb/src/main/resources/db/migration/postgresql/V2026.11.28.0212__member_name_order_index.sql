ALTER TABLE member ALTER COLUMN name_key SET NOT NULL;
CREATE INDEX member_name_key_ix ON member (name_key, id);
