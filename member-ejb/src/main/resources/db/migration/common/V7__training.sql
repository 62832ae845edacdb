-- Training classes for activists and candidates (art. 17), their sessions, enrolments and attendance.
CREATE SEQUENCE training_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE training_class (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  class_year INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  title VARCHAR(100) NOT NULL,
  audience VARCHAR(20) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NOT NULL,
  pass_mark INTEGER NOT NULL,
  CONSTRAINT training_class_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);
CREATE INDEX training_class_year_ix ON training_class (class_year, org_path);

CREATE TABLE training_session (
  id BIGINT NOT NULL PRIMARY KEY,
  class_id BIGINT NOT NULL,
  held_on DATE NOT NULL,
  hours DECIMAL(4,1) NOT NULL,
  topic VARCHAR(200) NOT NULL,
  teacher VARCHAR(50),
  CONSTRAINT training_session_class_fk FOREIGN KEY (class_id) REFERENCES training_class (id)
);
CREATE INDEX training_session_class_ix ON training_session (class_id);

CREATE TABLE training_enrolment (
  id BIGINT NOT NULL PRIMARY KEY,
  class_id BIGINT NOT NULL,
  case_id BIGINT NOT NULL,
  exam_score INTEGER,
  certificate_no VARCHAR(30),
  certified_on DATE,
  CONSTRAINT training_enrolment_uk UNIQUE (class_id, case_id),
  CONSTRAINT training_enrolment_class_fk FOREIGN KEY (class_id) REFERENCES training_class (id),
  CONSTRAINT training_enrolment_case_fk FOREIGN KEY (case_id) REFERENCES recruitment_case (id)
);
CREATE INDEX training_enrolment_case_ix ON training_enrolment (case_id);

CREATE TABLE training_attendance (
  enrolment_id BIGINT NOT NULL,
  session_id BIGINT NOT NULL,
  PRIMARY KEY (enrolment_id, session_id),
  CONSTRAINT training_attendance_enrolment_fk FOREIGN KEY (enrolment_id) REFERENCES training_enrolment (id),
  CONSTRAINT training_attendance_session_fk FOREIGN KEY (session_id) REFERENCES training_session (id)
);
