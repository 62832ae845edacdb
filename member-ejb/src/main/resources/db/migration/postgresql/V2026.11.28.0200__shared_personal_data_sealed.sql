-- Citizen ids and phone numbers are stored sealed (SM4-GCM, see DataKey): wider columns, and the
-- citizen id's keyed index takes over its uniqueness. PersonalDataSealing (Java, 2026.11.28.0201)
-- seals the rows already there; 2026.11.28.0202 then makes the index required and unique.
ALTER TABLE member
  DROP CONSTRAINT member_citizen_id_uk,
  ALTER COLUMN citizen_id TYPE VARCHAR(100),
  ALTER COLUMN phone TYPE VARCHAR(100),
  ADD COLUMN citizen_id_key VARCHAR(64);
ALTER TABLE recruitment_case
  DROP CONSTRAINT recruitment_case_citizen_id_uk,
  ALTER COLUMN citizen_id TYPE VARCHAR(100),
  ALTER COLUMN phone TYPE VARCHAR(100),
  ADD COLUMN citizen_id_key VARCHAR(64);
