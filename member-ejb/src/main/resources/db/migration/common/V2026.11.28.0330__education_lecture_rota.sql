-- 党支部书记讲坛 (一坛): each company committee's rota of its branch secretaries in order, whether
-- each has lectured in the round under way, the lectures (study sessions with their lecturer) and
-- the written feedback of those who attended.
CREATE TABLE lecture_rota (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  rota_round INTEGER NOT NULL,
  CONSTRAINT lecture_rota_org_uk UNIQUE (org_id),
  CONSTRAINT lecture_rota_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);

-- No key of its own: the seats are rewritten as a list when the order changes.
CREATE TABLE lecture_rota_seat (
  rota_id BIGINT NOT NULL,
  seat_no INTEGER NOT NULL,
  member_id BIGINT NOT NULL,
  lectured SMALLINT NOT NULL,
  CONSTRAINT lecture_rota_seat_rota_fk FOREIGN KEY (rota_id) REFERENCES lecture_rota (id)
);
CREATE INDEX lecture_rota_seat_rota_ix ON lecture_rota_seat (rota_id);

ALTER TABLE study_session ADD COLUMN lecturer_id BIGINT;

CREATE TABLE lecture_feedback (
  id BIGINT NOT NULL PRIMARY KEY,
  session_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  written_at TIMESTAMP NOT NULL,
  feedback VARCHAR(1000) NOT NULL,
  CONSTRAINT lecture_feedback_once_uk UNIQUE (session_id, member_id),
  CONSTRAINT lecture_feedback_session_fk FOREIGN KEY (session_id) REFERENCES study_session (id)
);
