-- Readable audit: an entry keeps a message key with its arguments and only the changed fields,
-- so that each reader sees it in their own language. Entries written before keep their raw
-- before/after text and are marked as such.
ALTER TABLE audit_entry ADD COLUMN subject VARCHAR(200);
ALTER TABLE audit_entry ADD COLUMN message_key VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN args VARCHAR(4000);
ALTER TABLE audit_entry ADD COLUMN changes VARCHAR(16000);
UPDATE audit_entry SET message_key = 'audit.legacy' WHERE message_key IS NULL;
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, at_time);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, at_time);
