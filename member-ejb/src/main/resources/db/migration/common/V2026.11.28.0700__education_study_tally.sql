-- Each member's hours per quarter beside the year's (the coverage of a quarter reads one row per
-- member), filled by the vendor's 0701 migration. The tally: the yearly figures of every
-- organization's subtree, counted at most every few minutes (StudyTally) so that the reports of the
-- group and its companies read rows instead of counting 100,000 members on every request.
ALTER TABLE study_year ADD COLUMN q1 DECIMAL(7,1) DEFAULT 0 NOT NULL;
ALTER TABLE study_year ADD COLUMN q2 DECIMAL(7,1) DEFAULT 0 NOT NULL;
ALTER TABLE study_year ADD COLUMN q3 DECIMAL(7,1) DEFAULT 0 NOT NULL;
ALTER TABLE study_year ADD COLUMN q4 DECIMAL(7,1) DEFAULT 0 NOT NULL;

CREATE TABLE study_tally (
  yr INTEGER NOT NULL PRIMARY KEY,
  counted_at TIMESTAMP,
  claimed_until TIMESTAMP
);

CREATE TABLE study_figures (
  org_id BIGINT NOT NULL,
  yr INTEGER NOT NULL,
  members BIGINT NOT NULL,
  hours DECIMAL(12,1) NOT NULL,
  reached BIGINT NOT NULL,
  without_hours BIGINT NOT NULL,
  quiet1 BIGINT NOT NULL,
  quiet2 BIGINT NOT NULL,
  quiet3 BIGINT NOT NULL,
  quiet4 BIGINT NOT NULL,
  PRIMARY KEY (yr, org_id)
);
