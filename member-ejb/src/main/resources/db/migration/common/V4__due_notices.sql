-- In-app notices of the daily due scan, and who has read them.
CREATE SEQUENCE due_notice_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE due_notice (
  id BIGINT NOT NULL PRIMARY KEY,
  kind VARCHAR(10) NOT NULL,
  case_id BIGINT NOT NULL,
  person_name VARCHAR(50) NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  step VARCHAR(30) NOT NULL,
  due_on DATE NOT NULL,
  edition VARCHAR(20) NOT NULL,
  article VARCHAR(10) NOT NULL,
  message_key VARCHAR(60) NOT NULL,
  raised_on DATE NOT NULL,
  resolved_on DATE,
  CONSTRAINT due_notice_uk UNIQUE (case_id, step, due_on, kind),
  CONSTRAINT due_notice_case_fk FOREIGN KEY (case_id) REFERENCES recruitment_case (id),
  CONSTRAINT due_notice_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);
CREATE INDEX due_notice_path_ix ON due_notice (org_path, resolved_on);

CREATE TABLE due_notice_read (
  notice_id BIGINT NOT NULL,
  user_name VARCHAR(64) NOT NULL,
  read_at TIMESTAMP NOT NULL,
  CONSTRAINT due_notice_read_pk PRIMARY KEY (notice_id, user_name),
  CONSTRAINT due_notice_read_notice_fk FOREIGN KEY (notice_id) REFERENCES due_notice (id)
);
