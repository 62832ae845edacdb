-- The people a study session expects: one kind of the organization's members, or picked by name.
ALTER TABLE study_session ADD COLUMN expected_kind VARCHAR(20) DEFAULT 'ALL' NOT NULL;
CREATE TABLE study_session_pick (
  session_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  PRIMARY KEY (session_id, member_id),
  CONSTRAINT study_session_pick_session_fk FOREIGN KEY (session_id) REFERENCES study_session (id)
);
