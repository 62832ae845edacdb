-- 五学 study sessions held by organizations, the attendance their organizers record, and the study
-- ledger (学时): one entry per member and source, made from what the source recorded. Member ids
-- carry no foreign key: a record that leaves the member database (cancelled probation) leaves its
-- history here as it was.
CREATE SEQUENCE study_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE study_entry_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE study_session (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  mode VARCHAR(30) NOT NULL,
  topic VARCHAR(200) NOT NULL,
  held_on DATE NOT NULL,
  starts_at TIME,
  hours DECIMAL(4,1) NOT NULL,
  speaker VARCHAR(50),
  place VARCHAR(200),
  CONSTRAINT study_session_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);
CREATE INDEX study_session_path_ix ON study_session (org_path, held_on);

CREATE TABLE study_attendance (
  session_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  presence VARCHAR(10) NOT NULL,
  reason VARCHAR(200),
  PRIMARY KEY (session_id, member_id),
  CONSTRAINT study_attendance_session_fk FOREIGN KEY (session_id) REFERENCES study_session (id)
);

CREATE TABLE study_entry (
  id BIGINT NOT NULL PRIMARY KEY,
  member_id BIGINT NOT NULL,
  source VARCHAR(20) NOT NULL,
  source_id BIGINT NOT NULL,
  studied_on DATE NOT NULL,
  hours DECIMAL(5,1) NOT NULL,
  title VARCHAR(200) NOT NULL,
  CONSTRAINT study_entry_once_uk UNIQUE (source, source_id, member_id)
);
CREATE INDEX study_entry_member_ix ON study_entry (member_id, studied_on);
