-- The outbox's turn: one row that every transaction changing deliveries' states updates first, so
-- that the workers of several servers take turns (MessageRepository.takeOutboxTurn).
CREATE TABLE message_outbox_turn (
  id INT NOT NULL PRIMARY KEY,
  taken_at TIMESTAMP
);
INSERT INTO message_outbox_turn (id) VALUES (1);
