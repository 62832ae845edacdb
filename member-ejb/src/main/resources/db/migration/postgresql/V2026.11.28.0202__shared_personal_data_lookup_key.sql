-- Every row is sealed now (2026.11.28.0201): the keyed index is required and unique.
ALTER TABLE member
  ALTER COLUMN citizen_id_key SET NOT NULL,
  ADD CONSTRAINT member_citizen_id_key_uk UNIQUE (citizen_id_key);
ALTER TABLE recruitment_case
  ALTER COLUMN citizen_id_key SET NOT NULL,
  ADD CONSTRAINT recruitment_case_citizen_id_key_uk UNIQUE (citizen_id_key);
