-- A member who left the group has no organization (Member.leave).
ALTER TABLE member ALTER COLUMN org_id DROP NOT NULL, ALTER COLUMN org_path DROP NOT NULL;
