-- Group chats get a message by their robots (WeCom, DingTalk): one delivery per message, group's
-- organization and channel, with no person (see the vendors' migration that lets member_id be
-- null). Members may choose WeCom application messages, to their WeCom account.
ALTER TABLE message_delivery ADD COLUMN organization_id BIGINT;
ALTER TABLE message_delivery
  ADD CONSTRAINT message_delivery_group_uk UNIQUE (message_id, organization_id, channel);
-- a robot takes so many posts a minute: its posts of the last minute (by the wall clock, which a
-- provider counts by, whatever the application's clock says) are counted across servers
ALTER TABLE message_delivery ADD COLUMN posted_at TIMESTAMP;
CREATE INDEX message_delivery_posted_ix ON message_delivery (channel, posted_at);

ALTER TABLE message_preference ADD COLUMN wecom BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE message_preference ADD COLUMN wecom_account VARCHAR(64);
