-- Sign-ins (by the hash of their single sign-on cookie) and the failed-login guard of each account,
-- in the database so that logout, idle time and lockout hold on every server.
CREATE TABLE sign_in (
  token_hash VARCHAR(64) NOT NULL PRIMARY KEY,
  user_id VARCHAR(64) NOT NULL,
  started_at TIMESTAMP NOT NULL,
  last_seen_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  client VARCHAR(64)
);
CREATE INDEX sign_in_user_ix ON sign_in (user_id);

CREATE TABLE login_guard (
  user_id VARCHAR(64) NOT NULL PRIMARY KEY,
  failures INTEGER NOT NULL,
  locked_until TIMESTAMP,
  version INTEGER NOT NULL
);
