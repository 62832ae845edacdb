-- Yearly recruitment plans with their responsibility letters, and the group's source thresholds.
CREATE SEQUENCE recruitment_plan_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE recruitment_plan (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  plan_year INTEGER NOT NULL,
  org_id BIGINT NOT NULL,
  org_path VARCHAR(400) NOT NULL,
  quota INTEGER NOT NULL,
  note VARCHAR(500),
  letter_signed_on DATE,
  letter_signed_by VARCHAR(100),
  letter_document_id BIGINT,
  CONSTRAINT recruitment_plan_uk UNIQUE (plan_year, org_id),
  CONSTRAINT recruitment_plan_org_fk FOREIGN KEY (org_id) REFERENCES organization (id)
);

CREATE TABLE source_policy (
  id BIGINT NOT NULL PRIMARY KEY,
  version INTEGER NOT NULL,
  young_max_age INTEGER NOT NULL,
  educated_from VARCHAR(20) NOT NULL,
  goal_percent INTEGER NOT NULL
);
INSERT INTO source_policy (id, version, young_max_age, educated_from, goal_percent) VALUES (1, 0, 35, 'COLLEGE', 75);

CREATE INDEX case_step_step_ix ON case_step (step, done_on);
