-- The audit log is append-only for the application: no row is changed or removed. Derby has no
-- way to raise an error of one's own in a trigger; the failing cast refuses the statement.
CREATE TRIGGER audit_entry_no_update NO CASCADE BEFORE UPDATE ON audit_entry
  REFERENCING OLD AS o FOR EACH ROW
  VALUES CAST('audit_entry is append-only ' || CHAR(o.id) AS INTEGER);
CREATE TRIGGER audit_entry_no_delete NO CASCADE BEFORE DELETE ON audit_entry
  REFERENCING OLD AS o FOR EACH ROW
  VALUES CAST('audit_entry is append-only ' || CHAR(o.id) AS INTEGER);
