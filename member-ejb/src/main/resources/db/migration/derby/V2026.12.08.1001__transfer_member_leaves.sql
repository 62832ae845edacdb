-- A member who left the group has no organization (Member.leave).
ALTER TABLE member ALTER COLUMN org_id NULL;
ALTER TABLE member ALTER COLUMN org_path NULL;
