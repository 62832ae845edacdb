-- The outbox: deliveries by SMS (and later channels) are recorded PENDING with the message and
-- sent by workers that claim them; members choose their channels and quiet hours (no foreign key
-- to member: a record that leaves the member database does not take the choice's history along).
ALTER TABLE message_delivery ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE message_delivery ADD COLUMN next_at TIMESTAMP;
ALTER TABLE message_delivery ADD COLUMN claimed_by VARCHAR(40);
ALTER TABLE message_delivery ADD COLUMN claimed_at TIMESTAMP;
ALTER TABLE message_delivery ADD COLUMN answer VARCHAR(300);
CREATE INDEX message_delivery_due_ix ON message_delivery (status, channel, next_at);
CREATE INDEX message_delivery_message_ix ON message_delivery (message_id, channel, status);

CREATE TABLE message_preference (
  member_id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  sms BOOLEAN NOT NULL,
  email BOOLEAN NOT NULL,
  email_address VARCHAR(100),
  quiet_from TIME,
  quiet_to TIME
);
