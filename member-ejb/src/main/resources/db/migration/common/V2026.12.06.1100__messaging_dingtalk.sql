-- Members may choose DingTalk work notifications, to their DingTalk account (userid).
ALTER TABLE message_preference ADD COLUMN dingtalk BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE message_preference ADD COLUMN dingtalk_account VARCHAR(64);
