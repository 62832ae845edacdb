-- 党员论坛: threads on a branch's members' board or a company committee's secretaries' board, and
-- their posts; a moderator hides a post with a reason. No likes or scores, by design.
CREATE SEQUENCE forum_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE forum_thread (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  board VARCHAR(20) NOT NULL,
  title VARCHAR(100) NOT NULL,
  author_id BIGINT NOT NULL,
  opened_at TIMESTAMP NOT NULL,
  last_post_at TIMESTAMP NOT NULL,
  CONSTRAINT forum_thread_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);
CREATE INDEX forum_thread_board_ix ON forum_thread (org_id, board, last_post_at);

CREATE TABLE forum_post (
  id BIGINT NOT NULL PRIMARY KEY,
  thread_id BIGINT NOT NULL,
  author_id BIGINT NOT NULL,
  posted_at TIMESTAMP NOT NULL,
  body VARCHAR(4000) NOT NULL,
  hidden_reason VARCHAR(200),
  hidden_by VARCHAR(64),
  CONSTRAINT forum_post_thread_fk FOREIGN KEY (thread_id) REFERENCES forum_thread (id)
);
CREATE INDEX forum_post_thread_ix ON forum_post (thread_id, posted_at);
