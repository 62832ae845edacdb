-- A group chat's post is for no person.
ALTER TABLE message_delivery ALTER COLUMN member_id DROP NOT NULL;
