-- Recruitment cases (发展党员) and the official working-day calendar. Portable SQL, as V1.
CREATE SEQUENCE recruitment_case_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_step_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE case_person_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE calendar_year (
  year_no INTEGER NOT NULL PRIMARY KEY,
  source VARCHAR(64) NOT NULL,
  loaded_at TIMESTAMP NOT NULL
);

CREATE TABLE calendar_day (
  on_day DATE NOT NULL PRIMARY KEY,
  kind VARCHAR(10) NOT NULL,
  name VARCHAR(40) NOT NULL
);

CREATE TABLE recruitment_case (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  name VARCHAR(50) NOT NULL,
  sex VARCHAR(10) NOT NULL,
  citizen_id VARCHAR(18) NOT NULL,
  ethnicity VARCHAR(20) NOT NULL,
  birth_date DATE NOT NULL,
  education VARCHAR(20) NOT NULL,
  phone VARCHAR(20),
  job_post VARCHAR(60),
  frontline SMALLINT NOT NULL,
  technician SMALLINT NOT NULL,
  team_leader SMALLINT NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  status VARCHAR(20) NOT NULL,
  standing VARCHAR(20) NOT NULL,
  application_date DATE NOT NULL,
  member_id BIGINT,
  probation_end DATE,
  probation_extended_months INTEGER,
  closed_on DATE,
  closing_reason VARCHAR(500),
  CONSTRAINT recruitment_case_citizen_id_uk UNIQUE (citizen_id),
  CONSTRAINT recruitment_case_org_fk FOREIGN KEY (org_id) REFERENCES organization (id),
  CONSTRAINT recruitment_case_member_fk FOREIGN KEY (member_id) REFERENCES member (id)
);
CREATE INDEX recruitment_case_path_ix ON recruitment_case (org_path, id);

CREATE TABLE case_step (
  id BIGINT NOT NULL PRIMARY KEY,
  case_id BIGINT NOT NULL,
  step VARCHAR(30) NOT NULL,
  done_on DATE NOT NULL,
  edition VARCHAR(20) NOT NULL,
  outcome VARCHAR(10),
  subtype VARCHAR(30),
  note VARCHAR(2000),
  period_from DATE,
  period_to DATE,
  days_count INTEGER,
  hours DECIMAL(6, 1),
  issue_raised SMALLINT NOT NULL,
  should_attend INTEGER,
  present_count INTEGER,
  votes_for INTEGER,
  votes_against INTEGER,
  abstentions INTEGER,
  written_for INTEGER,
  written_against INTEGER,
  extension_reason VARCHAR(500),
  decided_by_org BIGINT,
  recorded_by VARCHAR(64) NOT NULL,
  recorded_at TIMESTAMP NOT NULL,
  CONSTRAINT case_step_case_fk FOREIGN KEY (case_id) REFERENCES recruitment_case (id)
);
CREATE INDEX case_step_case_ix ON case_step (case_id);

CREATE TABLE case_person (
  id BIGINT NOT NULL PRIMARY KEY,
  step_id BIGINT NOT NULL,
  role VARCHAR(10) NOT NULL,
  member_id BIGINT NOT NULL,
  name VARCHAR(50) NOT NULL,
  CONSTRAINT case_person_step_fk FOREIGN KEY (step_id) REFERENCES case_step (id)
);
CREATE INDEX case_person_step_ix ON case_person (step_id);
