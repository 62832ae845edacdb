-- A group chat's post is for no person. Derby keeps the nulls of a unique constraint made on a
-- column that was NOT NULL equal: the constraint is made again on the nullable column, where they
-- are distinct, as PostgreSQL has them.
ALTER TABLE message_delivery DROP CONSTRAINT message_delivery_once_uk;
ALTER TABLE message_delivery ALTER COLUMN member_id NULL;
ALTER TABLE message_delivery
  ADD CONSTRAINT message_delivery_once_uk UNIQUE (message_id, member_id, channel);
