-- 一堂: courses made by an organization for an audience (a subtree, all of it or one kind of
-- member), their lessons with an optional quiz, and each member's progress per lesson (attempts,
-- finished once). Column names avoid Derby's reserved words (POSITION).
CREATE SEQUENCE course_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE lesson_progress_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE course (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  title VARCHAR(200) NOT NULL,
  summary VARCHAR(1000),
  audience_org_id BIGINT NOT NULL,
  audience_path VARCHAR(400) NOT NULL,
  audience VARCHAR(20) NOT NULL,
  opens_on DATE NOT NULL,
  closes_on DATE NOT NULL,
  CONSTRAINT course_org_fk FOREIGN KEY (org_id) REFERENCES organization (id),
  CONSTRAINT course_audience_org_fk FOREIGN KEY (audience_org_id) REFERENCES organization (id)
);
CREATE INDEX course_path_ix ON course (org_path);
CREATE INDEX course_audience_ix ON course (audience_path);

CREATE TABLE course_lesson (
  id BIGINT NOT NULL PRIMARY KEY,
  course_id BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  title VARCHAR(200) NOT NULL,
  body VARCHAR(20000),
  video_url VARCHAR(500),
  hours DECIMAL(4,1) NOT NULL,
  pass_percent INTEGER,
  CONSTRAINT course_lesson_course_fk FOREIGN KEY (course_id) REFERENCES course (id),
  CONSTRAINT course_lesson_position_uk UNIQUE (course_id, ordinal)
);

CREATE TABLE course_question (
  lesson_id BIGINT NOT NULL,
  ordinal INTEGER NOT NULL,
  question VARCHAR(500) NOT NULL,
  kind VARCHAR(10) NOT NULL,
  choices VARCHAR(1206) NOT NULL,
  answer VARCHAR(20) NOT NULL,
  explanation VARCHAR(1000),
  PRIMARY KEY (lesson_id, ordinal),
  CONSTRAINT course_question_lesson_fk FOREIGN KEY (lesson_id) REFERENCES course_lesson (id)
);

CREATE TABLE lesson_progress (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  course_id BIGINT NOT NULL,
  lesson_id BIGINT NOT NULL,
  member_id BIGINT NOT NULL,
  attempts INTEGER NOT NULL,
  finished_on DATE,
  CONSTRAINT lesson_progress_lesson_fk FOREIGN KEY (lesson_id) REFERENCES course_lesson (id),
  CONSTRAINT lesson_progress_once_uk UNIQUE (lesson_id, member_id)
);
CREATE INDEX lesson_progress_course_ix ON lesson_progress (course_id, member_id);
CREATE INDEX lesson_progress_member_ix ON lesson_progress (member_id, course_id);
