-- A recorded meeting may be corrected (a wrong day, kind, topic, hours or attendance); who did it
-- and when stay with the meeting, what changed with the audit log.
ALTER TABLE org_meeting ADD COLUMN corrected_by VARCHAR(100);
ALTER TABLE org_meeting ADD COLUMN corrected_at TIMESTAMP;
