-- Whether a target is agreed, kept with it (Target.isAgreed) so that a committee's overview counts
-- its subtree's targets in the database; the rows already there take it from their agreements.
ALTER TABLE duty_target ADD COLUMN agreed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE duty_target SET agreed = TRUE
 WHERE secretary_agreed_on IS NOT NULL AND (member_id IS NULL OR member_agreed_on IS NOT NULL);
